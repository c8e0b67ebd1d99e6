import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { trainingGradient } from './lossGradient';
import { PLAYGROUND_OBJECTIVE } from './objective';
import { playgroundSetup } from './setup';

const setupFor = (seed: number, activation: 'tanh' | 'sigmoid' | 'relu') => {
  const { train } = generateDataset({ name: 'xor', noise: 10, split: 50, seed, count: 40 });
  return playgroundSetup(
    { features: ['x1', 'x2', 'x1x2'], hidden: [3, 2], activation, problem: 'classification', seed },
    train,
    PLAYGROUND_OBJECTIVE,
  );
};

describe('trainingGradient', () => {
  it('matches central finite differences of the training loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('tanh' as const, 'sigmoid' as const),
        (seed, activation) => {
          const setup = setupFor(seed, activation);
          const { grad, loss } = trainingGradient(setup, setup.theta0);
          expect(loss).toBeGreaterThan(0);
          const h = 1e-6;
          for (let i = 0; i < grad.length; i++) {
            const up = Float64Array.from(setup.theta0);
            const down = Float64Array.from(setup.theta0);
            up[i] = (up[i] as number) + h;
            down[i] = (down[i] as number) - h;
            const numeric =
              (trainingGradient(setup, up).loss - trainingGradient(setup, down).loss) / (2 * h);
            expect(Math.abs((grad[i] as number) - numeric)).toBeLessThan(1e-6);
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('leaves θ as it was', () => {
    const setup = setupFor(7, 'relu');
    const theta = Float64Array.from(setup.theta0);
    trainingGradient(setup, theta);
    expect(Array.from(theta)).toEqual(Array.from(setup.theta0));
  });
});
