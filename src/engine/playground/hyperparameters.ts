import { assertNever } from '../../lib/assertNever';

/** Weight penalties, as in TensorFlow Playground: none, λ·Σ|w| or λ·½Σw² (weights only). */
export const REGULARIZATIONS = ['none', 'l1', 'l2'] as const;
export type Regularization = (typeof REGULARIZATIONS)[number];

/** What may change during a run; every change is recorded in the run's log. */
export interface Hyperparameters {
  /** η > 0. */
  readonly learningRate: number;
  /** Examples per step, 1 … all (a larger value means all the training set). */
  readonly batchSize: number;
  readonly regularization: Regularization;
  /** λ ≥ 0. */
  readonly regularizationRate: number;
}

/** Plain gradient descent on the whole training set, as the lecture does it. */
export const DEFAULT_HYPERPARAMETERS: Hyperparameters = {
  learningRate: 0.03,
  batchSize: Number.MAX_SAFE_INTEGER,
  regularization: 'none',
  regularizationRate: 0,
};

/** R′(w) for one weight: sign(w) for L1, w for L2. */
export function penaltySlope(regularization: Regularization, w: number): number {
  switch (regularization) {
    case 'none':
      return 0;
    case 'l1':
      return w < 0 ? -1 : w > 0 ? 1 : 0;
    case 'l2':
      return w;
    default:
      return assertNever(regularization);
  }
}

/** R(w) for one weight: |w| for L1, ½w² for L2. */
export function penalty(regularization: Regularization, w: number): number {
  switch (regularization) {
    case 'none':
      return 0;
    case 'l1':
      return Math.abs(w);
    case 'l2':
      return 0.5 * w * w;
    default:
      return assertNever(regularization);
  }
}
