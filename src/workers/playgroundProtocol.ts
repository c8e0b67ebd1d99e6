/**
 * What the page and the playground worker say to each other (through comlink). Plain,
 * structured-clone-able data; the maps travel as transferred typed arrays.
 */
import type {
  DataPoint,
  DatasetRequest,
  DivergenceWarning,
  EtaSuggestion,
  Hyperparameters,
  LogEntry,
  Objective,
  PlaygroundNetworkChoice,
} from '../engine/playground';

/** Where the points come from: a generated data set, or the user's own. */
export type PlaygroundData =
  | { readonly kind: 'generated'; readonly request: DatasetRequest }
  | {
      readonly kind: 'points';
      readonly train: readonly DataPoint[];
      readonly test: readonly DataPoint[];
    };

/** Everything a run is determined by: a link carries exactly this. */
export interface PlaygroundConfig {
  readonly data: PlaygroundData;
  readonly network: PlaygroundNetworkChoice;
  readonly objective: Objective;
  /** The hyperparameters from iteration 0 on, and every later change. */
  readonly log: readonly LogEntry[];
  /** The iteration to replay to (0: start at θ⁰). */
  readonly iteration: number;
}

/** Limits on what a configuration may ask for (TensorFlow Playground's own). */
export const PLAYGROUND_LIMITS = {
  maxHiddenLayers: 6,
  maxNeurons: 8,
  maxIteration: 1e7,
  /** The largest |w| or |b| a user may type (far past where tanh and σ saturate). */
  maxParameter: 1e6,
} as const;

/** Why a configuration was refused: a code and its numbers, worded by the page. */
export interface ConfigProblem {
  readonly code:
    | 'no-features'
    | 'too-many-layers'
    | 'bad-layer-size'
    | 'no-training-points'
    | 'bad-iteration'
    | 'bad-hyperparameter'
    | 'bad-parameter-edit';
  readonly index?: number;
  readonly limit?: number;
}

export type ConfigResult =
  | { readonly ok: true; readonly layers: readonly number[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Which maps a frame should carry; a resolution of 0 leaves that map out. */
export interface MapRequest {
  /** The decision map's N (default 100). */
  readonly decision?: number;
  /** Every hidden and output neuron's activation map, N×N each (default 50). */
  readonly neurons?: number;
  /** δ of every neuron on every training example (default true). */
  readonly delta?: boolean;
}

/** What the page draws, as of the moment the frame was made. */
export interface PlaygroundFrame {
  readonly iteration: number;
  /** Passes through the training set so far (examples seen ÷ training examples). */
  readonly epoch: number;
  /** θᵗ in `parameterLayout` order. */
  readonly theta: Float64Array;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly hyperparameters: Hyperparameters;
  readonly log: readonly LogEntry[];
  readonly playing: boolean;
  /** The iteration a replay is heading for, or null when not replaying. */
  readonly replayTarget: number | null;
  /** True once a step was not finite: change a setting, or reset. */
  readonly stopped: boolean;
  readonly warning: DivergenceWarning | null;
  /** True while an η is being searched for (after a warning). */
  readonly searching: boolean;
  readonly suggestion: EtaSuggestion | null;
  /** Training steps per second over the last second or so. */
  readonly stepsPerSecond: number;
  /** Neuron counts, input layer first. */
  readonly layers: readonly number[];
  readonly decision: { readonly resolution: number; readonly values: Float32Array } | null;
  /** Map m (in `mappedNeurons` order) is `values[m·N² … (m + 1)·N²)`. */
  readonly neurons: { readonly resolution: number; readonly values: Float32Array } | null;
  /** δ of neuron m on training example n is `values[m·count + n]`. */
  readonly delta: { readonly count: number; readonly values: Float32Array } | null;
  /** The training and test points (sent with the first frame after a configuration). */
  readonly points: {
    readonly train: readonly DataPoint[];
    readonly test: readonly DataPoint[];
  } | null;
}

/** The worker's API as the page calls it (every call answers with a promise through comlink). */
export interface PlaygroundApi {
  configure(config: PlaygroundConfig): ConfigResult;
  play(): void;
  pause(): void;
  /**
   * Takes `count` steps now (paused) and answers with the number taken: fewer when they
   * would be more than about 0.1 s of work, or a step was not finite.
   */
  step(count?: number): number;
  reset(): void;
  /**
   * Records new settings from the current iteration on; training goes on from θᵗ. False
   * (and nothing changes) for settings out of range (η ≤ 0, λ < 0, a batch below 1).
   */
  setHyperparameters(hyper: Hyperparameters): boolean;
  /**
   * Sets θ[index] (in `parameterLayout` order) to `value` at the current iteration, as a
   * user typing a weight or a bias does; it is recorded in the log, and training goes on
   * from there. False (and nothing changes) for an index outside θ or a value beyond
   * ±{@link PLAYGROUND_LIMITS}.maxParameter.
   */
  editParameter(index: number, value: number): boolean;
  /**
   * How fast playing trains: `stepsPerSecond` steps a second, or as fast as it can (null).
   * The steps are the same either way (a link replays the same iteration exactly).
   */
  setSpeed(stepsPerSecond: number | null): void;
  /** Goes back to where the failing settings took effect and trains on with the suggested η. */
  applySuggestion(): boolean;
  /**
   * The current state and the maps asked for. Call it once per animation frame; buffers
   * of earlier frames handed back in `recycle` are reused instead of allocating. Null
   * before the first successful {@link configure}.
   */
  frame(request?: MapRequest, recycle?: ArrayBuffer[]): PlaygroundFrame | null;
}
