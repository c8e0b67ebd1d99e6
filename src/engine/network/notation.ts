/**
 * The lecture's names for things. Neurons of the non-input layers are numbered 1, 2, 3, …
 * across the whole network, layer after layer, as in the lecture's figure (z₁, z₂ in the
 * first hidden layer, z₃, z₄ in the next, z₅, z₆ at the output), so that the backward
 * order reads z₅, z₆ → z₃, z₄ → z₁, z₂. Inputs are x₁, x₂, … .
 */

/** The lecture's 1-based number of neuron `j` of layer `layer` (layer ≥ 1). */
export function neuronNumber(layers: readonly number[], layer: number, j: number): number {
  let n = 0;
  for (let l = 1; l < layer; l++) n += layers[l] ?? 0;
  return n + j + 1;
}

/** TeX for the activation of neuron j of layer `layer`: x_k for inputs, a_n otherwise. */
export function activationSymbol(layers: readonly number[], layer: number, j: number): string {
  return layer === 0 ? `x_{${j + 1}}` : `a_{${neuronNumber(layers, layer, j)}}`;
}

/** TeX for the weight from neuron k of layer `layer` to neuron j of layer `layer + 1`. */
export function weightSymbol(
  layers: readonly number[],
  layer: number,
  k: number,
  j: number,
): string {
  const to = neuronNumber(layers, layer + 1, j);
  const from = layer === 0 ? `x${k + 1}` : String(neuronNumber(layers, layer, k));
  return `w_{${to},${from}}`;
}

/** TeX for a per-neuron symbol (`z`, `b`, `\\delta`) of neuron j of layer `layer` ≥ 1. */
export function neuronSymbol(
  base: string,
  layers: readonly number[],
  layer: number,
  j: number,
): string {
  return `${base}_{${neuronNumber(layers, layer, j)}}`;
}
