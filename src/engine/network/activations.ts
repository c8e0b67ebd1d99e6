import type { Activation } from './types';

/** σ(z) and σ′(z) of one activation. σ′ is the op-amp's gain in the reverse network. */
export interface ActivationFn {
  readonly f: (z: number) => number;
  /** The derivative dσ/dz at z (the gain). At a kink we take the left slope. */
  readonly df: (z: number) => number;
}

/**
 * Logistic sigmoid, written so that neither branch overflows: for z ≪ 0, e^(−z) would be
 * Infinity, so we use e^z / (1 + e^z) there instead.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The slope of leaky-relu for z ≤ 0 (DESIGN.md). */
export const LEAK = 0.01;

export const ACTIVATION_FNS: Readonly<Record<Activation, ActivationFn>> = {
  sigmoid: {
    f: sigmoid,
    df: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
  },
  tanh: {
    f: Math.tanh,
    df: (z) => {
      const t = Math.tanh(z);
      return 1 - t * t;
    },
  },
  relu: { f: (z) => (z > 0 ? z : 0), df: (z) => (z > 0 ? 1 : 0) },
  'leaky-relu': { f: (z) => (z > 0 ? z : LEAK * z), df: (z) => (z > 0 ? 1 : LEAK) },
  linear: { f: (z) => z, df: () => 1 },
};
