/**
 * The data playground's engine: TensorFlow Playground's data sets and features, the
 * user's own points as CSV, a batched trainer, the maps drawn over the input plane (the
 * output, every neuron's activation, every neuron's δ over the training examples), runs
 * replayed exactly from θ⁰ and a log of hyperparameter changes, and divergence caught
 * early with a tried η to suggest. Pure, float64, deterministic.
 */
export {
  DATASET_NAMES,
  DATASETS,
  generateDataset,
  MAX_GENERATED_POINTS,
  MAX_USER_POINTS,
  NOISE_RANGE,
  PLANE,
  SPLIT_RANGE,
  type DataPoint,
  type DatasetName,
  type DatasetRequest,
  type Problem,
  type SplitData,
} from './datasets';
// The CSV reader and writer (./csv) are imported from their module by the Data mode's
// lazily loaded screens, so that they stay out of the first screen's JavaScript.
export {
  DEFAULT_FEATURES,
  FEATURE_IDS,
  FEATURES,
  featureRows,
  featureSpec,
  orderedFeatures,
  type FeatureId,
  type FeatureSpec,
} from './features';
export {
  DEFAULT_HYPERPARAMETERS,
  REGULARIZATIONS,
  type Hyperparameters,
  type Regularization,
} from './hyperparameters';
export {
  PLAYGROUND_LOSSES,
  PLAYGROUND_OBJECTIVE,
  targetOf,
  type Objective,
  type PlaygroundLoss,
} from './objective';
export {
  packParameters,
  parameterLayout,
  unpackParameters,
  type NetworkShape,
  type ParameterLayout,
} from './layout';
export { compileNetwork, forwardBatch, Workspace, type CompiledNetwork } from './network';
export { BatchTrainer, type TrainingSet } from './trainer';
export { SetEvaluator } from './evaluate';
export {
  decisionMap,
  deltaOverExamples,
  gridCoordinate,
  MapPlan,
  mappedNeurons,
  neuronMaps,
  type DeltaPass,
} from './maps';
export {
  initialTheta,
  playgroundSetup,
  scenarioSetup,
  toTrainingSet,
  type PlaygroundNetworkChoice,
  type RunSetup,
} from './setup';
export {
  normaliseLog,
  PlaygroundRun,
  type LogEntry,
  type ParameterEdit,
  type RunPosition,
} from './run';
export {
  DEFAULT_MONITOR,
  DIVERGENCE_CODES,
  DivergenceMonitor,
  type DivergenceCode,
  type DivergenceWarning,
  type MonitorSettings,
  type Plateau,
} from './divergence';
export { EtaSearch, etaLadder, type EtaSuggestion, type EtaTrial } from './etaSearch';
export { trainingGradient, type FullGradient } from './lossGradient';
