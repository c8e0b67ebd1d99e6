import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { DEFAULT_HYPERPARAMETERS, type Hyperparameters } from './hyperparameters';
import { PlaygroundRun } from './run';
import { playgroundSetup } from './setup';

// A small-batch, L2-regularised run that converges: the cost alone rises for good near
// the end (the penalty pulls the weights in), and that once raised a false "diverging".
const { train } = generateDataset({ name: 'circle', noise: 20, split: 60, seed: 3 });
const setup = playgroundSetup(
  {
    features: ['x1', 'x2', 'x1sq'],
    hidden: [4, 3],
    activation: 'tanh',
    problem: 'classification',
    seed: 1,
  },
  train,
  { loss: 'half-sse', reduction: 'mean' },
);
const hyper: Hyperparameters = {
  ...DEFAULT_HYPERPARAMETERS,
  learningRate: 0.1,
  batchSize: 10,
  regularization: 'l2',
  regularizationRate: 0.001,
};

describe('PlaygroundRun with regularisation', () => {
  it('a converging L2 run is never called diverging, though its cost alone rises', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper }]);
    run.advance(150_000);
    expect(run.iteration).toBe(150_000);
    expect(run.warning).toBeNull();
  });
});
