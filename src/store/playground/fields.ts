import {
  DEFAULT_FEATURES,
  DEFAULT_HYPERPARAMETERS,
  type Activation,
  type DataPoint,
  type DatasetName,
  type EtaChange,
  type FeatureId,
  type LogEntry,
} from '../../engine';

/**
 * The gradient-descent scene's training state beyond (network, iteration): the η log of
 * its Examples mode, and everything the Data mode (the data playground) is made of. Each
 * field but `ownHistory` and `ownFuture` (the undo and redo of own-point edits, as `past`
 * and `future` are of scenario edits)
 * is one row of the link table (url/linkFields.ts), so a link reproduces the run.
 */

/** The scene's two modes: the lecture's hand-typed examples, or a data set on the plane. */
export const TRAINING_MODES = ['examples', 'data'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

/** Where the Data mode's points come from: a generated set, or the user's own points. */
export type DataSource = DatasetName | 'own';

export interface TrainingData {
  readonly mode: TrainingMode;
  readonly source: DataSource;
}

/** The user's own points, each kept in the set it belongs to. */
export interface OwnPoints {
  readonly train: readonly DataPoint[];
  readonly test: readonly DataPoint[];
}

/** One edit of the own points, for undo: the points before and after it (by identity). */
export interface OwnEdit {
  readonly before: OwnPoints;
  readonly after: OwnPoints;
}

/** What the neuron maps show: each neuron's activation a, or its δ on each training example. */
export const MAP_MODES = ['activation', 'delta'] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** The hidden activations offered, as in TensorFlow Playground. */
export const PLAYGROUND_ACTIVATIONS = [
  'tanh',
  'relu',
  'sigmoid',
  'linear',
] as const satisfies readonly Activation[];
export type PlaygroundActivation = (typeof PLAYGROUND_ACTIVATIONS)[number];

/** Own points are kept to this many decimals, so that a link carries them exactly and briefly. */
export const POINT_DECIMALS = 3;

export interface PlaygroundFields {
  /** Examples mode: η changes along the run (empty: the network's η throughout). */
  readonly etaLog: readonly EtaChange[];
  readonly trainingData: TrainingData;
  /** Noise of a generated set, in % (0 … 50). */
  readonly noise: number;
  /** Share of the points used for training, in % (10 … 90). */
  readonly split: number;
  /** The seed of the generated points and of θ⁰. */
  readonly dataSeed: number;
  readonly ownPoints: OwnPoints;
  /** The edits of the own points, last one last; not in links. */
  readonly ownHistory: readonly OwnEdit[];
  /** The edits undone, the next to redo last; emptied by a new edit; not in links. */
  readonly ownFuture: readonly OwnEdit[];
  readonly features: readonly FeatureId[];
  /** Neurons per hidden layer. */
  readonly hiddenLayers: readonly number[];
  readonly dataActivation: PlaygroundActivation;
  /** The Data mode's hyperparameters from iteration 0 on, and every later change. */
  readonly dataLog: readonly LogEntry[];
  /** The Data mode's training position (steps from θ⁰). */
  readonly dataIteration: number;
  readonly mapMode: MapMode;
  /** Whether the decision map shows the test points over it (as the Playground's box). */
  readonly showTestData: boolean;
  /** Whether the decision map shows only the class chosen, the output's sign (as the Playground's box). */
  readonly discretize: boolean;
  /**
   * How fast playing trains the Data mode, in steps per second; null: as fast as the
   * worker goes (the default). The steps are the same at any speed.
   */
  readonly dataSpeed: number | null;
}

export const DEFAULT_DATA_LOG: readonly LogEntry[] = [{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }];

/** The scene as it first opens: Examples mode; the Data mode on the Playground's circle. */
export function defaultPlaygroundFields(): PlaygroundFields {
  return {
    etaLog: [],
    trainingData: { mode: 'examples', source: 'circle' },
    noise: 0,
    split: 50,
    dataSeed: 1,
    ownPoints: { train: [], test: [] },
    ownHistory: [],
    ownFuture: [],
    features: DEFAULT_FEATURES,
    hiddenLayers: [4, 2],
    dataActivation: 'tanh',
    dataLog: DEFAULT_DATA_LOG,
    dataIteration: 0,
    mapMode: 'activation',
    showTestData: true,
    discretize: false,
    dataSpeed: null,
  };
}
