/**
 * Practice mode ("Your turn"): which values are asked and what stays hidden until they
 * are answered, the checker (typed numbers are read by the app's `readTypedNumber`), the
 * mistake classifier, the hint ladder, the score, and friendly variants. Pure and
 * deterministic.
 */
export {
  GRAPH_PRACTICE_KINDS,
  NETWORK_PRACTICE_KINDS,
  PRACTICE_KINDS,
  practiceKindsOf,
  readPracticeKinds,
  writePracticeKinds,
  type GraphPracticeKind,
  type NetworkPracticeKind,
  type PracticeKind,
  type PracticeKindsErrorCode,
  type PracticeKindsResult,
  type PracticeScene,
} from './kinds';
export { evaluateFormula, type Formula, type FormulaForm } from './formula';
export { practicePlan, type PlanStep, type PracticePlan, type Question } from './questions';
export {
  maskedKeys,
  maskStep,
  openQuestions,
  practiceCursorLimit,
  practiceValueAt,
  type StepMask,
} from './mask';
export {
  isRightAnswer,
  isRightFor,
  RELATIVE_TOLERANCE,
  tookNoStep,
  UPDATE_CHANGE_TOLERANCE,
  ZERO_THRESHOLD,
  type Target,
} from './check';
export {
  classifyMistake,
  MISTAKE_KINDS,
  mistakeCandidates,
  type MistakeCandidate,
  type MistakeKind,
} from './mistakes';
export { checkAnswer, type Verdict } from './verdict';
export { hintLadder, UNKNOWN_BOX, type HintLadder, type HintRung } from './hints';
export { texNumber, type TexNumberFormat } from './texNumber';
export {
  EMPTY_SCORE,
  scoreOf,
  scoreReducer,
  summarizeScore,
  type PracticeEvent,
  type PracticeScore,
  type QuestionOutcome,
  type QuestionScore,
  type ScoreCounts,
  type ScoreSummary,
} from './score';
export { SCORE_COLUMNS, scoreCsv, type ScoreColumn, type ScoreCsvLabels } from './csv';
export { isVariantNumber, VARIANT_MAX } from './friendly';
export { MAX_VARIANT_Z, networkVariant, zIsFriendly } from './networkVariant';
export { graphVariant, isFriendlyGraph, type GraphVariantResult } from './graphVariant';
