/** The activation functions a layer may use (DESIGN.md, scenario format). */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** The cost functions of one example (DESIGN.md, scenario format). */
export const LOSSES = ['half-sse', 'sse', 'mse', 'bce', 'softmax-ce'] as const;
export type Loss = (typeof LOSSES)[number];

export const REDUCTIONS = ['sum', 'mean'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

export interface Sample {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** Matrices are read-only everywhere: an edit builds a new scenario. */
export type Matrix = readonly (readonly number[])[];

/**
 * A normalised network scenario, as {@link parseScenario} returns it: `activation` has one
 * entry per non-input layer, and `weights` and `biases` are present.
 */
export interface NetworkScenario {
  readonly version: 1;
  readonly kind: 'network';
  /** Neuron counts, input layer first. */
  readonly layers: readonly number[];
  /** One activation per non-input layer. */
  readonly activation: readonly Activation[];
  readonly loss: Loss;
  /** `weights[l][j][k]`: into neuron j of layer l+1 from neuron k of layer l. */
  readonly weights: readonly Matrix[];
  /** `biases[l][j]`: bias of neuron j of layer l+1. */
  readonly biases: Matrix;
  readonly samples: readonly Sample[];
  readonly learningRate: number;
  readonly reduction: Reduction;
  /** The seed the parameters were drawn from, when they were drawn. */
  readonly seed?: number;
}

/** Limits that keep a scenario drawable and a link safe to open. */
export const LIMITS = {
  maxLayers: 12,
  maxNeurons: 64,
  maxSamples: 1000,
} as const;
