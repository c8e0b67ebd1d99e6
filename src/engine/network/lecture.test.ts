import { describe, expect, it } from 'vitest';
import { forwardBackward, batchGradient, trainStep } from '../index';
import { LECTURE_SCENARIO } from './lecture';

// The exact reference numbers of LECTURE.md.
const close = (actual: readonly number[] | undefined, expected: number[], digits = 12) => {
  expect(actual).toBeDefined();
  expected.forEach((e, i) => expect(actual?.[i]).toBeCloseTo(e, digits));
};

describe('the lecture example network (2-2-2-2 sigmoid, x = [1, −1], y = [1, 0])', () => {
  const r = forwardBackward(LECTURE_SCENARIO);

  it('reproduces the z of every layer', () => {
    close(r.z[0], [4, -2]);
    close(r.z[1], [1.8448246580537, -2.08323050209793]);
    close(r.z[2], [0.479817494196322, 1.57943146267472]);
  });

  it('reproduces the activations the slides print (to two decimals) and their exact output', () => {
    close(r.a[0], [0.98, 0.12], 2);
    close(r.a[1], [0.86, 0.11], 2);
    close(r.a[2], [0.62, 0.83], 2);
    close(r.a[2], [0.617704777755341, 0.82912398415744]);
  });

  it('reproduces the cost C = ½ Σ (a³ − y)²', () => {
    expect(r.loss).toBeCloseTo(0.4167981090281, 12);
  });

  it('reproduces ∂C/∂z at the output and at the first hidden layer', () => {
    close(r.delta[2], [-0.0902773290118988, 0.11746813288383]);
    close(r.delta[0], [-0.00356516285370642, -0.000986695763572435]);
  });

  it('computes δ as the reverse network does: σ′(z) · Σ w · δ_next', () => {
    const w = LECTURE_SCENARIO.weights[2];
    const next = r.delta[2] ?? [];
    const a = r.a[1] ?? [];
    for (let k = 0; k < 2; k++) {
      const sum = (w?.[0]?.[k] ?? 0) * (next[0] ?? 0) + (w?.[1]?.[k] ?? 0) * (next[1] ?? 0);
      const gain = (a[k] ?? 0) * (1 - (a[k] ?? 0));
      expect(r.dCda[1]?.[k]).toBeCloseTo(sum, 15);
      expect(r.delta[1]?.[k]).toBeCloseTo(gain * sum, 15);
    }
  });

  it('gives ∂C/∂w as the input of the weight times δ of its target', () => {
    // weight from x₁ = 1 into neuron 1: ∂C/∂w = 1 · δ₁; from x₂ = −1: −δ₁.
    expect(r.dW[0]?.[0]?.[0]).toBeCloseTo(-0.00356516285370642, 15);
    expect(r.dW[0]?.[0]?.[1]).toBeCloseTo(0.00356516285370642, 15);
    expect(r.dW[2]?.[1]?.[0]).toBeCloseTo((r.a[1]?.[0] ?? 0) * 0.11746813288383, 12);
    expect(r.db[2]).toEqual(r.delta[2]);
  });

  it('with one sample, the batch gradient is the example gradient', () => {
    const batch = batchGradient(LECTURE_SCENARIO);
    expect(batch.loss).toBeCloseTo(r.loss, 14);
    batch.dW.forEach((W, l) =>
      W.forEach((row, j) =>
        row.forEach((g, k) => expect(g).toBeCloseTo(r.dW[l]?.[j]?.[k] ?? NaN, 14)),
      ),
    );
  });

  it('one gradient-descent step moves each weight by −η ∂C/∂w and lowers the cost', () => {
    const next = trainStep(LECTURE_SCENARIO);
    const eta = LECTURE_SCENARIO.learningRate;
    expect(next.weights[2]?.[0]?.[0]).toBeCloseTo(3 - eta * (r.dW[2]?.[0]?.[0] ?? 0), 14);
    expect(next.biases[0]?.[1]).toBeCloseTo(0 - eta * (r.db[0]?.[1] ?? 0), 14);
    expect(forwardBackward(next).loss).toBeLessThan(r.loss);
    expect(LECTURE_SCENARIO.weights[2]?.[0]?.[0]).toBe(3); // the input scenario is not mutated
  });
});
