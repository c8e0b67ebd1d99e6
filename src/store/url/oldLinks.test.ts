import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../engine';
import { initialState } from '../bootstrap';
import { defaultState } from '../initialState';
import type { SourceState } from '../types';
import fixture from './fixtures/links-v1.json';
import { hasLink, readLink } from './readLink';
import { linkFor } from './syncUrl';

/**
 * Links as earlier versions of the app wrote and read them (fixtures/links-v1.json, written
 * once by the code of that time and never regenerated), and the state each one opens to.
 */
interface OldLink {
  readonly name: string;
  readonly query: string;
  readonly languages?: readonly string[];
  readonly stored?: string;
  readonly writtenByApp?: boolean;
  readonly hasLink: boolean;
  readonly ok: boolean;
  /** The fields of the starting state that differ from the fixture's defaults. */
  readonly state: Partial<SourceState>;
}

const links = fixture.links as readonly OldLink[];

/**
 * Readable links that name only a chapter used to show the chapter's introduction over the
 * default scene. They now open the chapter as the Chapters menu does (its scene, its
 * example, its step), so their state changes by exactly these fields; chapter 3 opens the
 * default scene at step 0 anyway, and links that name a scene, an iteration, a scenario or
 * a step keep them. The fixture itself records what those links opened to then.
 */
const APPLE = {
  version: 1,
  kind: 'graph',
  expression: 'apple * apple_num * tax',
  inputs: { apple: 100, apple_num: 2, tax: 1.1 },
} as const;
const CHAPTER_LINKS_NOW_OPEN: Readonly<Record<string, Partial<SourceState>>> = {
  'readable: chapter=1': { scene: 'training' },
  'readable: chapter=2': {
    scene: 'graph',
    graph: { version: 1, kind: 'graph', expression: 'exp(s) * s^2', inputs: { s: 1 } },
  },
  'readable: chapter=4': { cursor: 13 },
  'readable: chapter=5': { cursor: 26 },
  'readable: chapter=6': { scene: 'graph' },
  'readable: chapter=7': { scene: 'graph', graph: APPLE },
  'readable: lang=zh&chapter=7': { scene: 'graph', graph: APPLE },
  'readable: chapter=8': { scene: 'training' },
};
/**
 * The state an old link opens on top of: the fixture's defaults, and for fields added to
 * the state since (which old links cannot mention) today's defaults.
 */
const defaults: SourceState = {
  ...defaultState('en'),
  ...(fixture.defaults as Partial<SourceState>),
};

/** The issues in a fixed order: each issue is the promise, not the order they are listed in. */
const sorted = (issues: readonly InputIssue[]) =>
  [...issues].sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

/** A state with its error's issues in that fixed order. */
function comparable(state: SourceState): SourceState {
  return state.error === null
    ? state
    : { ...state, error: { ...state.error, issues: sorted(state.error.issues) } };
}

describe('links written by earlier versions (fixtures/links-v1.json)', () => {
  it('name each chapter link whose state changed', () => {
    const names = new Set(links.map((l) => l.name));
    for (const name of Object.keys(CHAPTER_LINKS_NOW_OPEN))
      expect(names.has(name), name).toBe(true);
  });

  it('hold a varied set: compact and readable, accepted and refused', () => {
    expect(links.length).toBeGreaterThanOrEqual(150);
    expect(links.filter((l) => l.writtenByApp).length).toBeGreaterThanOrEqual(50);
    expect(links.filter((l) => !l.ok).length).toBeGreaterThanOrEqual(40);
    expect(new Set(links.map((l) => l.name)).size).toBe(links.length);
  });

  it.each(links.map((l) => [l.name, l] as const))('%s opens to the same state', (_, link) => {
    const state = initialState(
      link.query,
      link.languages ?? fixture.defaultLanguages,
      link.stored ?? null,
    );
    const expected: SourceState = {
      ...defaults,
      ...link.state,
      ...CHAPTER_LINKS_NOW_OPEN[link.name],
    };
    expect(hasLink(link.query)).toBe(link.hasLink);
    if (link.ok && link.stored === undefined) {
      // The promise: a link that opened opens to exactly the same state.
      expect(comparable(state)).toEqual(comparable(expected));
    } else {
      // A refused link (or an unreadable stored state) still opens the same scene, and is
      // still refused at the same places; its messages may since have become more precise,
      // and an unreadable stored state is now reported (it is set aside, not dropped).
      expect({ ...state, error: null }).toEqual({ ...expected, error: null });
      const paths = (issues: readonly InputIssue[] | undefined) =>
        new Set((issues ?? []).map((i) => i.path));
      if (expected.error === null) {
        if (link.stored !== undefined) expect(state.error?.source ?? null).not.toBe('link');
        else expect(state.error).toBeNull();
      } else {
        expect(state.error?.source).toBe(expected.error.source);
        for (const path of paths(expected.error.issues))
          expect(paths(state.error?.issues)).toContain(path);
      }
    }
    if (link.stored === undefined && link.hasLink) {
      const read = readLink(link.query);
      expect(read.ok).toBe(link.ok);
      if (!read.ok) expect(sorted(read.errors)).toEqual(sorted(state.error?.issues ?? []));
    }
  });

  it.each(links.filter((l) => l.writtenByApp).map((l) => [l.name, l] as const))(
    '%s is still written byte for byte',
    (_, link) => {
      expect(linkFor({ ...defaults, ...link.state })).toBe(link.query);
    },
  );

  it.each(links.filter((l) => l.writtenByApp && l.ok).map((l) => [l.name, l] as const))(
    '%s, kept in localStorage, restores the same state',
    (_, link) => {
      const state = initialState('', fixture.defaultLanguages, link.query.slice('?s='.length));
      expect(state).toEqual({ ...defaults, ...link.state });
    },
  );
});
