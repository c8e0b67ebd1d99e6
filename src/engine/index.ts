/**
 * The engine's public API (DESIGN.md). Pure TypeScript: no UI, no DOM, deterministic,
 * float64. Code outside the engine, tests included, imports from here.
 */
export { parseScenario, parseScenarioText, SCENARIO_VERSION, type Scenario } from './scenario';
export type { InputIssue, IssueCode, IssueParams, ParseResult } from './issues';
export { ISSUE_PARAMS, isIssueCode, issue } from './issues';
export type { FoundType, ParamKind, ParamKinds, ParamsOf, ValueWord } from './params';
export { VALUE_WORDS, describe as describeValue } from './params';
export { found as foundParams, foundEnglish } from './validate';
export * from './numbers';
export type { CharacterKind, HiddenCharacter } from './text/characters';
export {
  CHARACTER_KINDS,
  CHARACTER_NAMES_EN,
  describeHidden,
  findHiddenCharacter,
  hiddenKind,
} from './text/characters';
export type { ClippedText } from './text/userText';
export {
  ISOLATE_END,
  ISOLATE_START,
  QUOTE_LIMIT,
  clipText,
  groupDigits,
  isolate,
  quoteEnglish,
  textParams,
} from './text/userText';
export { assertNever } from '../lib/assertNever';
export {
  isGraphStep,
  isNetworkStep,
  valueAt,
  type Operand,
  type Phase,
  type PhaseSpan,
  type Trace,
  type StepFact,
  type StepFacts,
  type TraceStep,
  type TraceStepKind,
  type TraceStepOf,
} from './trace';
export { mulberry32, type Random } from './random';
export {
  CHAPTER_COUNT,
  MAX_FILE_MB,
  MAX_ITERATIONS,
  MAX_LINK_KB,
  MAX_SAMPLE_INDEX,
  MAX_SEED,
  MAX_STEP,
  TRAINING_RATE,
} from './limits';

export * from './network/types';
export {
  ACTIVATION_FNS,
  ACTIVATION_SPECS,
  sigmoid,
  LEAK,
  type ActivationFn,
  type ActivationPython,
  type ActivationSpec,
  type ActivationTex,
  type LayerKernels,
} from './network/activations';
export { lossValue, lossGradient } from './network/losses';
export { initialiseParameters } from './network/initialise';
export { forwardBackward, type ForwardBackwardResult } from './network/forwardBackward';
export { batchGradient, trainStep, type BatchGradient } from './network/batch';
export { Trainer } from './network/trainer';
export { gradientCheck, TINY, type GradientCheckEntry } from './network/gradientCheck';
export { diagnose, type NumericNote } from './network/diagnose';
export { buildNetworkTrace } from './network/trace';
export { lazyNetworkTrace } from './network/lazyTrace';
export type {
  AmpStep,
  AStep,
  CostStep,
  DbStep,
  DCdyStep,
  DWStep,
  NetworkNarrationKey,
  NetworkStepKind,
  NetworkTraceStep,
  NeuronParams,
  ParameterParams,
  SumStep,
  UpdateBStep,
  UpdateParams,
  UpdateWStep,
  ZStep,
} from './network/steps';
export { ids, idOf, keys, parseId, type ElementId } from './network/ids';
export { neuronNumber, activationSymbol, weightSymbol, neuronSymbol } from './network/notation';
export { LECTURE_SCENARIO } from './network/lecture';
export { DEFAULT_LEARNING_RATE } from './network/parse';

export * from './graph';
export * from './training';
export * from './practice';
export * from './playground';
