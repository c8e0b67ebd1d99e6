import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  CHAPTER_COUNT,
  MAX_ITERATIONS,
  MAX_SAMPLE_INDEX,
  MAX_STEP,
  TRAINING_RATE,
  type InputIssue,
} from '../../engine';
import { initialState } from '../bootstrap';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import { HIDEABLE } from '../types';
import { decodeLink } from './compactLink';
import { readLink } from './readLink';

/** A compact link (`?s=1.…`) with this payload, as a hand-edited or tampered one. */
const compact = (payload: object) =>
  `?s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
const base = { c: 'training', s: 0, l: 'en' };

const issuesOf = (query: string): readonly InputIssue[] => {
  const read = readLink(query);
  return read.ok ? [] : read.errors;
};

const aboveLimit = (path: string, limit: number) => ({
  path,
  code: 'above-limit',
  message: `is too large (the limit is ${limit.toLocaleString('en')})`,
  params: { limit },
});

describe('one limit per field, the same in both forms of link and in the stored state', () => {
  it('the training iteration: up to 1,000,000; over it, refused naming the limit', () => {
    expect(MAX_ITERATIONS).toBe(1_000_000);
    for (const text of ['9999999', '1e9', '1000001', '1e999'])
      expect(issuesOf(`?scene=training&iteration=${text}`), text).toEqual([
        aboveLimit('iteration', MAX_ITERATIONS),
      ]);
    for (const t of [1e15, MAX_ITERATIONS + 1, Number.MAX_VALUE])
      expect(issuesOf(compact({ ...base, t })), String(t)).toEqual([
        aboveLimit('s.iteration', MAX_ITERATIONS),
      ]);
    const at = readLink(`?scene=training&iteration=${MAX_ITERATIONS}`);
    expect(at.ok && at.request.iteration).toBe(MAX_ITERATIONS);
    const compactAt = readLink(compact({ ...base, t: MAX_ITERATIONS }));
    expect(compactAt.ok && compactAt.request.iteration).toBe(MAX_ITERATIONS);
  });

  it('a stored state past the limit is refused the same way, so it never replays for ever', () => {
    const stored = compact({ ...base, t: 1e15 }).slice('?s='.length);
    const state = initialState('', ['en'], stored);
    expect(state.iteration).toBe(0);
    expect(state.error).toEqual({
      source: 'storage',
      issues: [aboveLimit('s.iteration', MAX_ITERATIONS)],
    });
  });

  it('the step: a count up to MAX_STEP, clamped to the trace; more is refused naming it', () => {
    expect(issuesOf('?step=12345678')).toEqual([aboveLimit('step', MAX_STEP)]);
    expect(issuesOf(compact({ ...base, c: 'network', s: 1e12 }))).toEqual([
      aboveLimit('s.step', MAX_STEP),
    ]);
    expect(initialState(`?step=${MAX_STEP}`, ['en']).cursor).toBe(61);
  });

  it('the training example: below the most a network can hold', () => {
    expect(issuesOf(compact({ ...base, m: MAX_SAMPLE_INDEX + 1 }))).toEqual([
      aboveLimit('s.sample', MAX_SAMPLE_INDEX),
    ]);
    expect(issuesOf(compact({ ...base, m: 1.5 }))[0]).toMatchObject({
      code: 'bad-sample',
      params: { limit: MAX_SAMPLE_INDEX, found: 1.5 },
    });
  });

  it('the training speed: from 1 to 100,000 steps per second, both named', () => {
    for (const q of [0, 200_000, 'fast', null])
      expect(issuesOf(compact({ ...base, q })), String(q)).toEqual([
        expect.objectContaining({
          path: 's.rate',
          code: 'bad-rate',
          params: expect.objectContaining({ min: TRAINING_RATE.min, max: TRAINING_RATE.max }),
        }),
      ]);
  });

  it('the chapter: 1 to the number of chapters', () => {
    expect(issuesOf(`?chapter=${CHAPTER_COUNT + 1}`)).toEqual([
      expect.objectContaining({ code: 'bad-chapter', params: expect.objectContaining({ max: 8 }) }),
    ]);
    const last = readLink(`?chapter=${CHAPTER_COUNT}`);
    expect(last.ok && last.request.chapter).toBe(CHAPTER_COUNT);
  });

  it('the hide list: each part once, so never longer than the parts there are', () => {
    const many = readLink(`?hide=${'editor,'.repeat(5000)}share`);
    expect(many.ok && many.request.hidden).toEqual(['editor', 'share']);
    const all = readLink(compact({ ...base, x: [...HIDEABLE, ...HIDEABLE] }));
    expect(all.ok && all.request.hidden).toEqual([...HIDEABLE]);
  });

  it('a kept state may outgrow a link (64 KB) up to a file’s size (5 MB), and no further', () => {
    const big = `1.${'A'.repeat(100_000)}`;
    expect(decodeLink(big)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'link-too-long', params: { max: 64 } })],
    });
    // Read as a kept state, its length is allowed: it is refused for what it holds.
    const kept = initialState('', ['en'], big);
    expect(kept.error?.issues.map((i) => i.code)).toEqual(['link-damaged']);
    const huge = initialState('', ['en'], `1.${'A'.repeat(5 * 1024 * 1024 + 1)}`);
    expect(huge.error?.issues).toEqual([
      expect.objectContaining({ code: 'stored-too-large', params: { max: 5 } }),
    ]);
  });
});

describe('the store holds the same limits', () => {
  it('clamps the training position and speed, whatever it is given', () => {
    const { store } = createAppStore(defaultState());
    const s = store.getState();
    s.setIteration(1e15);
    expect(store.getState().iteration).toBe(MAX_ITERATIONS);
    s.setIteration(Number.NaN);
    expect(store.getState().iteration).toBe(0);
    s.setIteration(-5);
    expect(store.getState().iteration).toBe(0);
    s.setTrainingRate(1e9);
    expect(store.getState().trainingRate).toBe(TRAINING_RATE.max);
    s.setTrainingRate(Number.NaN);
    expect(store.getState().trainingRate).toBe(TRAINING_RATE.min);
    s.load({ iteration: 1e15, sample: 7 });
    expect(store.getState()).toMatchObject({ iteration: MAX_ITERATIONS, sample: 0 });
  });
});

describe('a refused link keeps the work kept from last time', () => {
  it('shows the stored state under the link’s message, instead of storing the default over it', () => {
    const stored = compact({ c: 'graph', s: 2, l: 'zh' }).slice('?s='.length);
    const state = initialState('?scene=training&iteration=1e9', ['en'], stored);
    expect(state).toMatchObject({ scene: 'graph', cursor: 2, lang: 'zh' });
    expect(state.error).toEqual({
      source: 'link',
      issues: [aboveLimit('iteration', MAX_ITERATIONS)],
      keptLastState: true,
    });
    // Without a kept state, the default scene, as before.
    const fresh = initialState('?scene=training&iteration=1e9', ['en']);
    expect(fresh.scene).toBe('network');
    expect(fresh.error?.keptLastState).toBeUndefined();
  });
});
