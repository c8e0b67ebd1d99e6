import type { Loss, Reduction } from '../network/types';
import { assertNever } from '../../lib/assertNever';

/**
 * What a run minimises: a cost per example (any of the engine's losses, computed by its
 * `lossValue` and `lossGradient`) and how the examples' costs combine. The playground
 * offers two: `half-sse` with `mean` is TensorFlow Playground's loss,
 * L = (1/N) Σₙ ½(aⁿ − yⁿ)², and `bce` is the lecture's cross-entropy on a sigmoid output,
 * C = −y log a − (1 − y) log(1 − a), with a ±1 label read as the target (1 + label)/2.
 */
export const PLAYGROUND_LOSSES = ['half-sse', 'bce'] as const;
export type PlaygroundLoss = (typeof PLAYGROUND_LOSSES)[number];

export interface Objective {
  readonly loss: Loss;
  readonly reduction: Reduction;
}

/** TensorFlow Playground's objective: mean half squared error. */
export const PLAYGROUND_OBJECTIVE: Objective = { loss: 'half-sse', reduction: 'mean' };

/** The training target of a data point's label (±1, or a regression target) under a loss. */
export function targetOf(loss: Loss, label: number): number {
  switch (loss) {
    case 'half-sse':
    case 'sse':
    case 'mse':
      return label;
    case 'bce':
    case 'softmax-ce':
      return Math.min(1, Math.max(0, (1 + label) / 2));
    default:
      return assertNever(loss);
  }
}
