import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { DEFAULT_HYPERPARAMETERS } from './hyperparameters';
import { parameterLayout } from './layout';
import { PlaygroundRun } from './run';
import { playgroundSetup } from './setup';

const { train } = generateDataset({ name: 'circle', noise: 0, split: 50, seed: 1 });
const network = {
  features: ['x1', 'x2'] as const,
  hidden: [4, 3],
  activation: 'relu' as const,
  problem: 'classification' as const,
  seed: 1,
};
const setup = playgroundSetup({ ...network, features: [...network.features] }, train, {
  loss: 'half-sse',
  reduction: 'mean',
});
const hyper = { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03 };

/** θ⁰ with the second hidden layer switched off: every z there is −1 on every example. */
function killSecondLayer(theta: Float64Array): void {
  const layout = parameterLayout(setup.shape.layers);
  const w = layout.weights[1] ?? 0;
  const b = layout.biases[1] ?? 0;
  for (let i = w; i < b; i++) theta[i] = 0;
  for (let j = 0; j < (setup.shape.layers[2] ?? 0); j++) theta[b + j] = -1;
}

describe('a hidden layer without any gain', () => {
  it('is named as the layer no gradient gets past, and the layers before it stay put', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper }]);
    killSecondLayer(run.theta);
    const before = Float64Array.from(run.theta);
    run.advance(200);
    const pass = run.inspect();
    expect(pass.deadLayer).toBe(2);
    expect(run.warning).toMatchObject({ code: 'dead', value: 2 });
    // The first layer's weights and biases never moved: the gradient stops at layer 2.
    const layout = parameterLayout(setup.shape.layers);
    const firstEnd = layout.weights[1] ?? 0;
    expect(Array.from(run.theta.subarray(0, firstEnd))).toEqual(
      Array.from(before.subarray(0, firstEnd)),
    );
  });

  it('is not reported while the layers have gain', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper }]);
    run.advance(200);
    expect(run.inspect().deadLayer).toBeNull();
    expect(run.warning).toBeNull();
  });
});
