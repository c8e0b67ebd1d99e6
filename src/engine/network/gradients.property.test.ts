import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { batchGradient } from './batch';
import { forwardBackward } from './forwardBackward';
import { gradientCheck } from './gradientCheck';
import { Trainer } from './trainer';
import type { NetworkScenario } from './types';

/** Agreement within a relative error of 1e-6, with an absolute floor for tiny gradients. */
function agrees(backprop: number, numeric: number): boolean {
  return (
    Math.abs(backprop - numeric) <= 1e-6 * Math.max(Math.abs(backprop), Math.abs(numeric)) + 1e-8
  );
}

/** Rejects cases where central differences themselves are unreliable. */
function wellConditioned(s: NetworkScenario): boolean {
  return s.samples.every((_, n) => {
    const r = forwardBackward(s, n);
    const nearKink = r.z.some((zl, l) => {
      const act = s.activation[l];
      return (act === 'relu' || act === 'leaky-relu') && zl.some((z) => Math.abs(z) < 1e-3);
    });
    const saturated =
      s.loss === 'bce' && (r.a[r.a.length - 1] ?? []).some((a) => a < 1e-6 || a > 1 - 1e-6);
    return !nearKink && !saturated;
  });
}

/** L(θ) evaluated with the readable forward pass only. */
function loss(s: NetworkScenario): number {
  let total = 0;
  for (let n = 0; n < s.samples.length; n++) total += forwardBackward(s, n).loss;
  return s.reduction === 'mean' ? total / s.samples.length : total;
}

function nudgeWeight(
  s: NetworkScenario,
  l: number,
  j: number,
  k: number,
  by: number,
): NetworkScenario {
  return {
    ...s,
    weights: s.weights.map((W, li) =>
      li !== l
        ? W
        : W.map((row, ji) => (ji !== j ? row : row.map((w, ki) => (ki === k ? w + by : w)))),
    ),
  };
}

describe('backpropagation agrees with central differences', () => {
  it('for every weight and bias of random networks, activations and losses (gradientCheck)', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (s) => {
        fc.pre(wellConditioned(s));
        for (const e of gradientCheck(s)) {
          if (!agrees(e.backprop, e.numeric))
            throw new Error(
              `${e.param}[${e.layer}][${e.j}][${e.k}]: ${e.backprop} vs ${e.numeric}`,
            );
        }
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('for the readable forwardBackward, differencing its own forward pass', () => {
    fc.assert(
      fc.property(arbitraryNetwork({ maxSamples: 1 }), (s) => {
        fc.pre(wellConditioned(s));
        const r = forwardBackward(s);
        const h = 1e-5;
        s.weights.forEach((W, l) =>
          W.forEach((row, j) =>
            row.forEach((_, k) => {
              const numeric =
                (loss(nudgeWeight(s, l, j, k, h)) - loss(nudgeWeight(s, l, j, k, -h))) / (2 * h);
              expect(agrees(r.dW[l]?.[j]?.[k] ?? NaN, numeric)).toBe(true);
            }),
          ),
        );
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('∂C/∂x agrees with differencing the inputs', () => {
    fc.assert(
      fc.property(arbitraryNetwork({ maxSamples: 1 }), (s) => {
        fc.pre(wellConditioned(s));
        const r = forwardBackward(s);
        const x = s.samples[0]?.x ?? [];
        x.forEach((xi, k) => {
          const at = (v: number) =>
            forwardBackward({
              ...s,
              samples: [{ x: x.map((o, i) => (i === k ? v : o)), y: s.samples[0]?.y ?? [] }],
            }).loss;
          const numeric = (at(xi + 1e-5) - at(xi - 1e-5)) / 2e-5;
          expect(agrees(r.dx[k] ?? NaN, numeric)).toBe(true);
        });
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('the typed-array trainer', () => {
  it('computes exactly the same batch gradient as summing forwardBackward over samples', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (s) => {
        const batch = batchGradient(s);
        const scale = s.reduction === 'mean' ? 1 / s.samples.length : 1;
        const sums = s.samples.map((_, n) => forwardBackward(s, n));
        expect(batch.loss).toBeCloseTo(sums.reduce((t, r) => t + r.loss, 0) * scale, 10);
        batch.dW.forEach((W, l) =>
          W.forEach((row, j) =>
            row.forEach((g, k) => {
              const expected = sums.reduce((t, r) => t + (r.dW[l]?.[j]?.[k] ?? NaN), 0) * scale;
              expect(Math.abs(g - expected)).toBeLessThanOrEqual(
                1e-12 * Math.max(1, Math.abs(expected)),
              );
            }),
          ),
        );
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('is deterministic: two trainers on the same scenario give the same numbers', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (s) => {
        const a = new Trainer(s);
        const b = new Trainer(s);
        for (let i = 0; i < 5; i++) expect(a.step()).toBe(b.step());
        expect(a.toScenario().weights).toEqual(b.toScenario().weights);
      }),
      { numRuns: 50, seed: 5 },
    );
  });
});
