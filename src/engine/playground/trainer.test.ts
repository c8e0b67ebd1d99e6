import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchGradient, trainStep } from '../network/batch';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import type { NetworkScenario, Sample } from '../network/types';
import { forwardBackward } from '../network/forwardBackward';
import { packParameters, parameterLayout } from './layout';
import { scenarioSetup } from './setup';
import { BatchTrainer } from './trainer';
import { DEFAULT_HYPERPARAMETERS, type Hyperparameters } from './hyperparameters';

function trainerFor(s: NetworkScenario): BatchTrainer {
  const { setup } = scenarioSetup(s);
  return new BatchTrainer(setup.shape, setup.objective, setup.train, setup.theta0);
}

/** ∇L as the readable engine computes it, flattened in θ's layout. */
function engineGradient(s: NetworkScenario): Float64Array {
  const g = batchGradient(s);
  return packParameters(parameterLayout(s.layers), g.dW, g.db);
}

function close(a: number, b: number, rel = 1e-9, abs = 1e-12): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
}

/** L(θ) with the readable engine's forward pass. */
function lossAt(s: NetworkScenario, theta: Float64Array): number {
  const layout = parameterLayout(s.layers);
  const weights = s.weights.map((W, l) =>
    W.map((row, j) =>
      row.map((_, k) => theta[(layout.weights[l] as number) + j * row.length + k] as number),
    ),
  );
  const biases = s.biases.map((b, l) =>
    b.map((_, j) => theta[(layout.biases[l] as number) + j] as number),
  );
  const t = { ...s, weights, biases };
  let total = 0;
  for (let n = 0; n < s.samples.length; n++) total += forwardBackward(t, n).loss;
  return s.reduction === 'mean' ? total / s.samples.length : total;
}

const smooth = arbitraryNetwork({
  activations: ['sigmoid', 'tanh', 'linear'],
  losses: ['half-sse', 'sse', 'mse', 'bce'],
  maxNeurons: 5,
  maxSamples: 6,
});

describe('BatchTrainer gradient', () => {
  it('equals the readable engine’s batch gradient on random networks', () => {
    fc.assert(
      fc.property(smooth, (s) => {
        const trainer = trainerFor(s);
        const loss = trainer.gradient(0, s.samples.length);
        const scale = s.reduction === 'mean' ? 1 / s.samples.length : 1;
        const expected = engineGradient(s);
        expect(close(loss, batchGradient(s).loss)).toBe(true);
        trainer.grad.forEach((g, i) =>
          expect(close(g * scale, expected[i] as number, 1e-9, 1e-12)).toBe(true),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with central differences of the loss', () => {
    fc.assert(
      fc.property(smooth, fc.nat(), (s, pick) => {
        const trainer = trainerFor(s);
        trainer.gradient(0, s.samples.length);
        const scale = s.reduction === 'mean' ? 1 / s.samples.length : 1;
        const i = pick % trainer.theta.length;
        const h = 1e-6;
        const plus = Float64Array.from(trainer.theta);
        const minus = Float64Array.from(trainer.theta);
        plus[i] = (plus[i] as number) + h;
        minus[i] = (minus[i] as number) - h;
        const numeric = (lossAt(s, plus) - lossAt(s, minus)) / (2 * h);
        const backprop = (trainer.grad[i] as number) * scale;
        const saturated = s.loss === 'bce' && !Number.isFinite(numeric);
        if (!saturated) expect(close(backprop, numeric, 1e-5, 1e-7)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('takes a batch from the cursor, wrapping round the end of the set', () => {
    fc.assert(
      fc.property(smooth, fc.nat(), fc.nat(), (s, start, size) => {
        const count = s.samples.length;
        const B = 1 + (size % count);
        const trainer = trainerFor(s);
        trainer.gradient(start, B);
        const picked = Array.from(
          { length: B },
          (_, i) => s.samples[(start + i) % count] as Sample,
        );
        const subset = trainerFor({ ...s, samples: picked });
        subset.gradient(0, B);
        trainer.grad.forEach((g, i) =>
          expect(close(g, subset.grad[i] as number, 1e-12, 1e-15)).toBe(true),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('BatchTrainer step', () => {
  const full = (s: NetworkScenario): Hyperparameters => ({
    ...DEFAULT_HYPERPARAMETERS,
    learningRate: s.learningRate,
  });

  it('is one trainStep of the readable engine for full-batch descent', () => {
    fc.assert(
      fc.property(smooth, (s) => {
        const trainer = trainerFor(s);
        trainer.step(0, full(s));
        const next = trainStep(s);
        const expected = packParameters(parameterLayout(s.layers), next.weights, next.biases);
        trainer.theta.forEach((w, i) =>
          expect(close(w, expected[i] as number, 1e-9, 1e-12)).toBe(true),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('adds the L2 penalty η·λ·w to the weights only', () => {
    fc.assert(
      fc.property(smooth, fc.double({ min: 0, max: 1, noNaN: true }), (s, lambda) => {
        const plain = trainerFor(s);
        const penalised = trainerFor(s);
        const before = Float64Array.from(plain.theta);
        plain.step(0, full(s));
        penalised.step(0, { ...full(s), regularization: 'l2', regularizationRate: lambda });
        const { weights, biases } = plain.net.layout;
        for (let i = 0; i < before.length; i++) {
          const isWeight = weights.some((w0, l) => i >= w0 && i < (biases[l] as number));
          const shift = isWeight ? s.learningRate * lambda * (before[i] as number) : 0;
          expect(
            close(penalised.theta[i] as number, (plain.theta[i] as number) - shift, 1e-9, 1e-12),
          ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stops an L1-shrunk weight at zero instead of flipping its sign', () => {
    // One linear neuron, y = w·x with x = 0: the data gradient is 0, so only L1 acts.
    const s: NetworkScenario = {
      version: 1,
      kind: 'network',
      layers: [1, 1],
      activation: ['linear'],
      loss: 'half-sse',
      weights: [[[0.05]]],
      biases: [[0]],
      samples: [{ x: [0], y: [0] }],
      learningRate: 1,
      reduction: 'mean',
    };
    const trainer = trainerFor(s);
    const hyper = { ...full(s), regularization: 'l1' as const, regularizationRate: 0.03 };
    trainer.step(0, hyper);
    expect(trainer.theta[0]).toBeCloseTo(0.02, 15);
    trainer.step(0, hyper);
    expect(trainer.theta[0]).toBe(0);
    trainer.step(0, hyper);
    expect(trainer.theta[0]).toBe(0);
  });
});
