import { forwardBackward, type ForwardBackwardResult } from './forwardBackward';
import { keys } from './ids';
import { neuronNumber } from './notation';
import type { Activation, Matrix, NetworkScenario, Sample } from './types';

/**
 * What every phase builder of the network trace reads: the scenario, its forward and
 * backward pass for one example, and the final value of every quantity, which each
 * builder extends with the quantities its steps reveal (in step order).
 */
export interface NetworkTraceContext {
  readonly scenario: NetworkScenario;
  readonly layers: readonly number[];
  /** The output layer's DOM number (layer 0 is the input). */
  readonly L: number;
  readonly example: Sample;
  readonly fb: ForwardBackwardResult;
  /** Every quantity's final value by key; builders add theirs. */
  readonly values: Map<string, number>;
  /** `m[i][j]`, or NaN where it does not exist. */
  readonly at: (m: Matrix | undefined, i: number, j: number) => number;
  /** The activation a of neuron k of `layer` (the input for layer 0), once the forward pass set it. */
  readonly input: (layer: number, k: number) => number;
  /** The lecture's neuron number of neuron j of `layer`. */
  readonly n: (layer: number, j: number) => number;
  /** The activation of the non-input layer `layer`. */
  readonly activation: (layer: number) => Activation;
}

/**
 * The context for example `sample`. Its values are empty: {@link seedValues} adds what no
 * step reveals, and the eager builders add the rest; the steps themselves read only the
 * forward and backward pass.
 */
export function traceContext(scenario: NetworkScenario, sample: number): NetworkTraceContext {
  const { layers } = scenario;
  const fb = forwardBackward(scenario, sample);
  const example = scenario.samples[sample] ?? { x: [], y: [] };
  const values = new Map<string, number>();
  const at = (m: Matrix | undefined, i: number, j: number) => m?.[i]?.[j] ?? NaN;
  // Closures over this trace's data rather than imported helpers: the builders call them
  // for every operand, and a local call stays cheap however the modules are loaded.
  return {
    scenario,
    layers,
    L: layers.length - 1,
    example,
    fb,
    values,
    at,
    input: (layer, k) => (layer === 0 ? (example.x[k] ?? NaN) : at(fb.a, layer - 1, k)),
    n: (layer, j) => neuronNumber(layers, layer, j),
    activation: (layer) => scenario.activation[layer - 1] ?? 'linear',
  };
}

/** Adds to the context's values what no step reveals: the inputs, the targets, the parameters. */
export function seedValues(ctx: NetworkTraceContext): void {
  const { example, values, scenario } = ctx;
  example.x.forEach((x, k) => values.set(keys.a(0, k), x));
  example.y.forEach((y, j) => values.set(keys.y(j), y));
  scenario.weights.forEach((W, l) =>
    W.forEach((row, j) => row.forEach((w, k) => values.set(keys.w(l, k, j), w))),
  );
  scenario.biases.forEach((bl, l) => bl.forEach((b, j) => values.set(keys.b(l + 1, j), b)));
}
