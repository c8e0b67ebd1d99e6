import { BatchTrainer } from './trainer';
import type { RunSetup } from './setup';

/** The training loss at a θ and its gradient over the whole training set. */
export interface FullGradient {
  /** L(θ), reduced as the objective says (the Playground's: the mean half-SSE). */
  readonly loss: number;
  /** ∂L/∂θ in `parameterLayout` order, without any regularisation term. */
  readonly grad: Float64Array;
}

/**
 * ∂L/∂θ of the training loss at `theta`, by one forward and one backward pass over every
 * training example: ∂L/∂w of a weight from neuron k into neuron j is (1/N) Σₙ δⱼⁿ aₖⁿ
 * under the mean (Σₙ under the sum), the same sum the trainer's full-batch step takes.
 * The regularisation's own slope is left out: this is what the data pushes.
 */
export function trainingGradient(setup: RunSetup, theta: Float64Array): FullGradient {
  const trainer = new BatchTrainer(setup.shape, setup.objective, setup.train, theta);
  const count = setup.train.count;
  if (count === 0) return { loss: 0, grad: new Float64Array(theta.length) };
  const loss = trainer.gradient(0, count);
  const scale = setup.objective.reduction === 'mean' ? 1 / count : 1;
  return { loss, grad: Float64Array.from(trainer.grad, (g) => g * scale) };
}
