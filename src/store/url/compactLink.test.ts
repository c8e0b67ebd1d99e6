import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_PRESETS,
  graphPresetScenario,
  initialiseParameters,
  LECTURE_SCENARIO,
  type NetworkScenario,
} from '../../engine';
import { arbitraryNetwork } from '../../engine/testing/arbitraryScenario';
import { defaultState } from '../initialState';
import { HIDEABLE, SCENES, SPEEDS, THEMES } from '../types';
import { decodeLink, encodeLink, type LinkedState } from './compactLink';
import { linkedState } from './linkFields';
import { linkFor } from './syncUrl';

/** The link's fields at their defaults: a field the record below leaves out stays there. */
const linkedDefaults = linkedState(defaultState());

const arbitraryFields = fc.record({
  scene: fc.constantFrom(...SCENES),
  cursor: fc.nat({ max: 5000 }),
  lang: fc.constantFrom('en' as const, 'zh' as const),
  speed: fc.constantFrom(...SPEEDS),
  sample: fc.constant(0),
  iteration: fc.nat({ max: 100_000 }),
  trainingRate: fc.constantFrom(1, 10, 100, 1000, 5000),
  chapter: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  presenter: fc.boolean(),
  theme: fc.constantFrom(...THEMES),
  hidden: fc.subarray([...HIDEABLE]),
  embed: fc.boolean(),
  network: fc.oneof(
    fc.constant(LECTURE_SCENARIO),
    arbitraryNetwork({ maxLayers: 5, maxNeurons: 6 }),
  ),
  graph: fc.constantFrom(...GRAPH_PRESETS.map((p) => graphPresetScenario(p.id))),
});
const arbitraryState: fc.Arbitrary<LinkedState> = arbitraryFields.map((fields) => ({
  ...linkedDefaults,
  ...fields,
}));

/** Hundreds of runs each: on a busy shared machine these take seconds, not milliseconds. */
const PROPERTY_TIMEOUT = 30_000;

describe('compact links', () => {
  it(
    'decode(encode(state)) gives back the same state, number for number',
    () => {
      fc.assert(
        fc.property(arbitraryState, (state) => {
          const decoded = decodeLink(encodeLink(state));
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          // A field left out of the link is at its default; a link carries every other one.
          // JSON has no −0, so a link carries −0 as 0; everything else is exact.
          expect({ ...linkedDefaults, ...decoded.request }).toEqual(
            JSON.parse(JSON.stringify(state)),
          );
          expect(decoded.request.cursor).toBe(state.cursor);
        }),
        { numRuns: 300, seed: 12 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('keep the lecture default state well under 200 characters', () => {
    const link = linkFor(defaultState());
    expect(link.length).toBeLessThan(80);
    const atEnd = linkFor({ ...defaultState('zh'), cursor: 61 });
    expect(atEnd.length).toBeLessThan(80);
  });

  it('keep a 2-8-8-2 network with every weight edited under 2,000 characters', () => {
    const layers = [2, 8, 8, 2];
    const { weights, biases } = initialiseParameters(layers, 9);
    // Trained weights carry full float64 precision: the worst case for length.
    const edited: NetworkScenario = {
      ...LECTURE_SCENARIO,
      layers,
      activation: ['tanh', 'tanh', 'sigmoid'],
      weights: weights.map((W) => W.map((row) => row.map((w) => w + Math.PI / 1000))),
      biases: biases.map((b) => b.map((v, j) => v - j / 7)),
      samples: [{ x: [0.25, -1.5], y: [1, 0] }],
    };
    const link = linkFor({ ...defaultState(), network: edited, cursor: 123 });
    expect(link.length).toBeLessThan(2000);
    const decoded = decodeLink(link.slice(3));
    expect(decoded.ok && decoded.request.network).toEqual(edited);
  });

  it(
    'never throw on random strings, and reject them with a reason',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (text) => {
          const r = decodeLink(text);
          if (!r.ok) expect(r.errors[0]?.message.length).toBeGreaterThan(0);
        }),
        { numRuns: 2000, seed: 13 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throw on random mutations of valid links',
    () => {
      const mutated = fc
        .tuple(arbitraryState, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }))
        .map(([state, at, cut, insert]) => {
          const link = encodeLink(state);
          const i = at % link.length;
          return link.slice(0, i) + insert + link.slice(i + (cut % 4));
        });
      fc.assert(
        fc.property(mutated, (link) => {
          const r = decodeLink(link);
          expect(typeof r.ok).toBe('boolean');
        }),
        { numRuns: 1000, seed: 14 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('reject a truncated link, a future version and a payload of the wrong shape', () => {
    const good = encodeLink({
      ...defaultState(),
      network: { ...LECTURE_SCENARIO, learningRate: 0.1 },
    });
    const truncated = decodeLink(good.slice(0, good.length - 10));
    expect(truncated.ok).toBe(false);
    expect(decodeLink(`2.${good.slice(2)}`)).toMatchObject({
      ok: false,
      errors: [{ code: 'link-version' }],
    });
    expect(decodeLink('1.N4Ig')).toMatchObject({ ok: false });
  });
});
