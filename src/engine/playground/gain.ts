import { ACTIVATION_FNS, LEAK } from '../network/activations';
import type { Activation } from '../network/types';

/**
 * σ′(z) from z and the already computed a = σ(z). It is the same derivative as
 * `ACTIVATION_FNS[name].df(z)` (gain.test.ts checks every activation against it), written
 * through a so that the batched backward pass does not evaluate tanh or exp a second time
 * per neuron and example: for the Playground's 2-8-8-1 tanh network that would double the
 * transcendental work of a training step.
 */
export type GainFromOutput = (z: number, a: number) => number;

export const GAIN_FROM_OUTPUT: Readonly<Record<Activation, GainFromOutput>> = {
  sigmoid: (_z, a) => a * (1 - a),
  tanh: (_z, a) => 1 - a * a,
  relu: (z) => (z > 0 ? 1 : 0),
  'leaky-relu': (z) => (z > 0 ? 1 : LEAK),
  linear: () => 1,
};

/** σ(z) of one activation: the engine's own definition, never a copy. */
export function activationOf(name: Activation): (z: number) => number {
  return ACTIVATION_FNS[name].f;
}
