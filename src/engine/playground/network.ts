import { ACTIVATION_SPECS } from '../network/activations';
import { forwardLayer } from './kernels';
import { parameterLayout, type NetworkShape, type ParameterLayout } from './layout';

/** A network shape with everything its loops need looked up once. */
export interface CompiledNetwork {
  readonly shape: NetworkShape;
  readonly layout: ParameterLayout;
  /** σ of each non-input layer. */
  readonly f: readonly ((z: number) => number)[];
  /** σ′ of each non-input layer, from z and a. */
  readonly gain: readonly ((z: number, a: number) => number)[];
}

/** Looks up the activations and the parameter offsets of a shape. */
export function compileNetwork(shape: NetworkShape): CompiledNetwork {
  return {
    shape,
    layout: parameterLayout(shape.layers),
    // σ′ from a = σ(z) (the spec's `gain`), so the batched backward pass does not
    // evaluate tanh or exp a second time per neuron and example.
    f: shape.activations.map((name) => ACTIVATION_SPECS[name].f),
    gain: shape.activations.map((name) => ACTIVATION_SPECS[name].gain),
  };
}

/**
 * Buffers for a batch of up to `capacity` examples: z, a and δ of every non-input layer,
 * one row of `capacity` numbers per neuron (only the first B of each row are used when
 * a batch of B runs: rows are packed with stride B).
 */
export class Workspace {
  readonly capacity: number;
  readonly z: Float64Array[];
  readonly a: Float64Array[];
  readonly delta: Float64Array[];
  /** The inputs of a batch gathered from a larger set (`inputs[f·B + i]`). */
  readonly inputs: Float64Array;
  /** The targets of a gathered batch. */
  readonly targets: Float64Array;

  constructor(layers: readonly number[], capacity: number) {
    this.capacity = Math.max(1, capacity);
    const rows = layers.slice(1);
    this.z = rows.map((n) => new Float64Array(n * this.capacity));
    this.a = rows.map((n) => new Float64Array(n * this.capacity));
    this.delta = rows.map((n) => new Float64Array(n * this.capacity));
    this.inputs = new Float64Array((layers[0] ?? 0) * this.capacity);
    this.targets = new Float64Array((layers.at(-1) ?? 0) * this.capacity);
  }
}

/**
 * The forward pass for a batch of B ≤ capacity examples whose inputs are `x`
 * (`x[f·B + i]`): fills `ws.z` and `ws.a` of every layer.
 */
export function forwardBatch(
  net: CompiledNetwork,
  theta: Float64Array,
  x: Float64Array,
  B: number,
  ws: Workspace,
): void {
  const { layers } = net.shape;
  const { weights, biases } = net.layout;
  for (let l = 0; l < weights.length; l++) {
    forwardLayer(
      theta,
      weights[l] as number,
      biases[l] as number,
      layers[l] as number,
      layers[l + 1] as number,
      l === 0 ? x : (ws.a[l - 1] as Float64Array),
      ws.z[l] as Float64Array,
      ws.a[l] as Float64Array,
      B,
      net.f[l] as (z: number) => number,
    );
  }
}
