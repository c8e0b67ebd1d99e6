import { ids } from '../network/ids';
import { neuronNumber } from '../network/notation';
import type { NetworkScenario } from '../network/types';

/**
 * One trainable parameter. `layer` is the index into `weights`/`biases`: a weight of
 * layer l goes from neuron k of layer l to neuron j of layer l+1 (`weights[l][j][k]`); a
 * bias of layer l belongs to neuron j of layer l+1 (`biases[l][j]`, k = −1).
 */
export interface ParamRef {
  readonly kind: 'w' | 'b';
  readonly layer: number;
  readonly j: number;
  readonly k: number;
  /** Position in the flat parameter order (see {@link paramRefs}). */
  readonly index: number;
  /** The network scene's DOM id of this parameter: `edge-L-K-J` or `bias-L-J`. */
  readonly id: string;
}

/**
 * Every parameter of a network in one fixed order: layer by layer, each layer's weights
 * row by row (j, then k), then that layer's biases. The training run's checkpoints and
 * tables use this order.
 */
export function paramRefs(layers: readonly number[]): ParamRef[] {
  const refs: ParamRef[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const fanIn = layers[l] as number;
    const fanOut = layers[l + 1] as number;
    for (let j = 0; j < fanOut; j++)
      for (let k = 0; k < fanIn; k++)
        refs.push({ kind: 'w', layer: l, j, k, index: refs.length, id: ids.edge(l, k, j) });
    for (let j = 0; j < fanOut; j++)
      refs.push({ kind: 'b', layer: l, j, k: -1, index: refs.length, id: ids.bias(l + 1, j) });
  }
  return refs;
}

/** The value of a parameter in a scenario. */
export function paramValue(scenario: NetworkScenario, ref: ParamRef): number {
  return ref.kind === 'w'
    ? (scenario.weights[ref.layer]?.[ref.j]?.[ref.k] ?? NaN)
    : (scenario.biases[ref.layer]?.[ref.j] ?? NaN);
}

/**
 * The lecture's name of a parameter as plain parts: `w` with the target neuron's number
 * and the source (a neuron number, or `x1`, `x2` for inputs), or `b` with the neuron's
 * number (see network/notation.ts). The UI typesets them.
 */
export function paramName(
  layers: readonly number[],
  ref: ParamRef,
): { base: 'w' | 'b'; to: number; from: string | null } {
  const to = neuronNumber(layers, ref.layer + 1, ref.j);
  if (ref.kind === 'b') return { base: 'b', to, from: null };
  const from = ref.layer === 0 ? `x${ref.k + 1}` : String(neuronNumber(layers, ref.layer, ref.k));
  return { base: 'w', to, from };
}
