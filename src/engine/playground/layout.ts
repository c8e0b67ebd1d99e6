import type { Activation } from '../network/types';

/**
 * The shape of a playground network: neuron counts (input layer first: one neuron per
 * selected feature) and one activation per non-input layer.
 */
export interface NetworkShape {
  readonly layers: readonly number[];
  readonly activations: readonly Activation[];
}

/**
 * Where each layer's parameters sit in the one flat vector θ. Layer l (the weights from
 * layer l into layer l + 1) has its weights first, row-major (`θ[weights[l] + j·nᵢₙ + k]`
 * is `weights[l][j][k]` of the scenario format), then its biases. This is the order of the
 * training scene's `paramRefs`, so a θ can be compared entry by entry with the other
 * engines.
 */
export interface ParameterLayout {
  readonly layers: readonly number[];
  readonly weights: readonly number[];
  readonly biases: readonly number[];
  /** Length of θ. */
  readonly size: number;
}

/** The offsets of every layer's weights and biases in θ. */
export function parameterLayout(layers: readonly number[]): ParameterLayout {
  const weights: number[] = [];
  const biases: number[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    const fanIn = layers[l] as number;
    const fanOut = layers[l + 1] as number;
    weights.push(offset);
    offset += fanIn * fanOut;
    biases.push(offset);
    offset += fanOut;
  }
  return { layers: layers.slice(), weights, biases, size: offset };
}

/** θ as the scenario format's nested `weights[l][j][k]` and `biases[l][j]`. */
export function unpackParameters(
  layout: ParameterLayout,
  theta: Float64Array,
): { weights: number[][][]; biases: number[][] } {
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 0; l < layout.weights.length; l++) {
    const fanIn = layout.layers[l] as number;
    const fanOut = layout.layers[l + 1] as number;
    const w0 = layout.weights[l] as number;
    const b0 = layout.biases[l] as number;
    const rows: number[][] = [];
    for (let j = 0; j < fanOut; j++)
      rows.push(Array.from(theta.subarray(w0 + j * fanIn, w0 + (j + 1) * fanIn)));
    weights.push(rows);
    biases.push(Array.from(theta.subarray(b0, b0 + fanOut)));
  }
  return { weights, biases };
}

/** Nested `weights[l][j][k]` and `biases[l][j]` packed into θ (the inverse of unpack). */
export function packParameters(
  layout: ParameterLayout,
  weights: readonly (readonly (readonly number[])[])[],
  biases: readonly (readonly number[])[],
  theta = new Float64Array(layout.size),
): Float64Array {
  for (let l = 0; l < layout.weights.length; l++) {
    const fanIn = layout.layers[l] as number;
    const w0 = layout.weights[l] as number;
    const b0 = layout.biases[l] as number;
    weights[l]?.forEach((row, j) => row.forEach((w, k) => (theta[w0 + j * fanIn + k] = w)));
    biases[l]?.forEach((b, j) => (theta[b0 + j] = b));
  }
  return theta;
}
