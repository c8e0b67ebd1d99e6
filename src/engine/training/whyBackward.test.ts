import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardBackward, LECTURE_SCENARIO } from '../index';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { deepScenario } from './presets';
import {
  backwardCount,
  backwardCountUniform,
  backwardDeltas,
  forwardResults,
  naiveCount,
  naiveCountUniform,
  naiveDeltas,
  uniformNetwork,
} from './whyBackward';

describe('naive recursion and the reverse network give the same ∂C/∂z', () => {
  it('on the lecture network, equal to forwardBackward’s δ and to the lecture’s numbers', () => {
    const input = forwardResults(LECTURE_SCENARIO);
    const naive = naiveDeltas(input);
    const backward = backwardDeltas(input);
    expect(naive.deltas).toEqual(backward.deltas);
    expect(backward.deltas).toEqual(forwardBackward(LECTURE_SCENARIO).delta);
    expect(backward.deltas[2]?.[0]).toBeCloseTo(-0.0902773290118988, 15);
    expect(backward.deltas[0]?.[1]).toBeCloseTo(-0.000986695763572435, 15);
  });

  it('on random networks, to 1e-12 (in fact exactly: same products, same order)', () => {
    fc.assert(
      fc.property(arbitraryNetwork({ maxLayers: 5, maxNeurons: 4 }), fc.nat(), (s, pick) => {
        const input = forwardResults(s, pick % s.samples.length);
        const naive = naiveDeltas(input);
        const backward = backwardDeltas(input);
        naive.deltas.forEach((layer, l) =>
          layer.forEach((d, j) => {
            const b = backward.deltas[l]?.[j] ?? NaN;
            expect(Math.abs(d - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
            expect(d).toBe(b);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('the multiply-add counts match the closed forms', () => {
  it('lecture network 2-2-2-2: backwards 14, naive 38', () => {
    const input = forwardResults(LECTURE_SCENARIO);
    expect(backwardDeltas(input).multiplyAdds).toBe(14);
    expect(naiveDeltas(input).multiplyAdds).toBe(38);
    expect(backwardCount(LECTURE_SCENARIO.layers)).toBe(14);
    expect(naiveCount(LECTURE_SCENARIO.layers)).toBe(38);
  });

  it('counted = formula for every shape', () => {
    fc.assert(
      fc.property(arbitraryNetwork({ maxLayers: 6, maxNeurons: 4, maxSamples: 1 }), (s) => {
        const input = forwardResults(s);
        expect(backwardDeltas(input).multiplyAdds).toBe(backwardCount(s.layers));
        expect(naiveDeltas(input).multiplyAdds).toBe(naiveCount(s.layers));
      }),
      { numRuns: 200 },
    );
  });

  it('the uniform closed forms: N = n·Σ_d (2(n^(d+1)−1)/(n−1) − 1), B = L·n + (L−1)·n²', () => {
    for (let n = 1; n <= 8; n++)
      for (let L = 1; L <= 8; L++) {
        const layers = new Array<number>(L + 1).fill(n);
        expect(naiveCountUniform(n, L)).toBe(naiveCount(layers));
        expect(backwardCountUniform(n, L)).toBe(backwardCount(layers));
      }
    // Counted on real networks of those shapes, too.
    for (const [n, L] of [
      [3, 4],
      [5, 3],
      [2, 7],
    ] as const) {
      const input = forwardResults(uniformNetwork(n, L));
      expect(naiveDeltas(input).multiplyAdds).toBe(naiveCountUniform(n, L));
      expect(backwardDeltas(input).multiplyAdds).toBe(backwardCountUniform(n, L));
    }
  });

  it('naive grows like n^L, backwards linearly in L', () => {
    // N ≈ 2·n^L·(n/(n−1))²: doubling the depth from 4 to 8 multiplies it by about 4⁴.
    for (const [n, L] of [
      [4, 10],
      [8, 6],
      [16, 5],
    ] as const)
      expect(naiveCountUniform(n, L) / (2 * n ** L * (n / (n - 1)) ** 2)).toBeCloseTo(1, 3);
    const ratio = naiveCountUniform(4, 8) / naiveCountUniform(4, 4);
    expect(ratio).toBeGreaterThan(250);
    expect(ratio).toBeLessThan(270);
    expect(backwardCountUniform(4, 8) / backwardCountUniform(4, 4)).toBeLessThan(3);
    // The deep preset: 1-8-8-8-8-8-1.
    const deep = deepScenario('tanh').layers;
    expect(backwardCount(deep)).toBe(41 + 4 * 64 + 8);
    expect(naiveCount(deep)).toBe(naiveDeltas(forwardResults(deepScenario('tanh'))).multiplyAdds);
  });
});
