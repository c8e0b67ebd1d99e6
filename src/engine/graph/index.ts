/**
 * The computational-graph engine: expression → syntax tree → shared-node DAG → forward
 * values and reverse-mode gradients → a step-by-step trace. Pure and deterministic.
 */
export type { BinaryOp, Expr, FunctionName } from './ast';
export { FUNCTION_NAMES, RESERVED_NAMES } from './ast';
export type { ExpressionError, ExpressionErrorCode } from './errors';
export { EXPRESSION_ERROR_PARAMS, MAX_EXPRESSION_LENGTH, MAX_NESTING } from './errors';
export { EULER_NAME, eulerIsVariable, type ExpressionOptions } from './grammar';
export { GRAPH_PROBLEM_PARAMS } from './problems';
export type { Token } from './tokens';
export { tokenize } from './tokens';
export type { ParseExpressionResult } from './parser';
export { parseExpression } from './parser';
export { printExpression } from './print';
export { suggestFunction } from './suggest';
export type { GateOp } from './ops';
export { GATE_OPS, OPS } from './ops';
export type { Dag, DagNode } from './build';
export { buildGraph, collectVariables } from './build';
export type {
  GraphAnalysis,
  GraphNodeResult,
  GraphProblem,
  GraphProblemCode,
  GraphUse,
} from './analysis-types';
export { evaluateDag } from './evaluate';
export { analyzeGraph, evaluateGraph } from './analyze-scenario';
export type { GraphScenario } from './scenario';
export { MAX_GRAPH_VARIABLES, parseGraphScenario } from './scenario';
export type { GraphFormulaKey, GraphNarrationKey, GraphStepKind } from './narration';
export { GRAPH_FORMULA_KEYS, GRAPH_NARRATION_KEYS } from './narration';
export type {
  GateBackwardStep,
  GateForwardStep,
  GateParams,
  GraphTraceStep,
  SeedStep,
} from './steps';
export { buildGraphTrace } from './trace';
export { domIdOf, texName, texSymbolOf } from './symbols';
export type { GraphPreset, GraphPresetId } from './presets';
export { GRAPH_PRESETS, graphPreset, graphPresetScenario } from './presets';
