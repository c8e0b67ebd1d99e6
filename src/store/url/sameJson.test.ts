import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../initialState';
import { sameJson } from './sameJson';

const byText = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Values with what JSON treats specially: non-finite numbers, undefined, -0. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, -0, 0, 1, '', 'a'),
    fc.double(),
    fc.string({ maxLength: 3 }),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('sameJson', () => {
  it('agrees with comparing the JSON texts, for any two values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => sameJson(a, b) === byText(a, b)),
      {
        numRuns: 2000,
        seed: 17,
      },
    );
  });

  it('agrees with comparing the JSON texts for a value and a near copy of it', () => {
    fc.assert(
      fc.property(value, (a) => {
        // Inside an array, so that even undefined has a text (`[null]`) its copy writes too.
        const near: unknown = JSON.parse(JSON.stringify([a]));
        return sameJson([a], near) && byText([a], near);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it('follows JSON in the cases it treats specially', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson([NaN, Infinity], [null, null])).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson(-0, 0)).toBe(true);
    expect(sameJson({}, null)).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(new Date(0), new Date(0).toISOString())).toBe(true);
  });

  it('finds the lecture network equal to a copy of itself, and different with one weight changed', () => {
    const { network } = defaultState();
    const copy = JSON.parse(JSON.stringify(network)) as typeof network;
    expect(sameJson(network, copy)).toBe(true);
    const changed = { ...copy, learningRate: copy.learningRate + 1e-12 };
    expect(sameJson(network, changed)).toBe(false);
  });
});
