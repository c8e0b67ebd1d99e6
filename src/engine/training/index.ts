/**
 * The gradient-descent scene's engine: training runs replayed from θ⁰, the loss surface
 * over two parameters, each example's share of the gradient, the step table, the "why
 * backwards" operation counts, and the scene's example networks. Pure and deterministic.
 */
export { paramRefs, paramValue, paramName, type ParamRef } from './params';
export { TrainingRun, type Divergence } from './run';
export { replay, type Replay } from './replay';
export {
  changeEta,
  etaAt,
  firstDifference,
  isEtaLog,
  MAX_ETA_CHANGES,
  segmentStart,
  type EtaChange,
} from './etaLog';
export { examplesEtaSearch, EXAMPLES_TRIAL_STEPS } from './suggest';
export { lossSurface, gridPoints, surfaceWindow } from './surface';
export { exampleGradients, type ExampleGradients } from './perExample';
export { updateRows, type UpdateRow } from './update';
export {
  backwardCount,
  backwardCountUniform,
  backwardDeltas,
  forwardResults,
  naiveCount,
  naiveCountUniform,
  naiveDeltas,
  uniformNetwork,
  type DeltaComputation,
  type ForwardResults,
} from './whyBackward';
export {
  deepScenario,
  MAZUR_SCENARIO,
  SINE_POINTS,
  SINE_SCENARIO,
  sineSamples,
  TRAINING_PRESET_IDS,
  trainingPreset,
  XOR_SCENARIO,
  type TrainingPresetId,
} from './presets';
