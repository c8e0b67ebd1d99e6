import { GATE_OPS, type GateOp } from './ops';
import type { GraphTraceStep } from './steps';

/**
 * The keys a graph trace can use, as string-literal unions, so that the i18n
 * dictionaries can be typed `Record<GraphNarrationKey, string>` and a missing sentence is
 * a compile error rather than a blank on screen.
 */

/** Step kinds of a graph trace: `gate-forward`, `seed`, `gate-backward`, in that order. */
export type GraphStepKind = GraphTraceStep['kind'];

/**
 * `graph.forward.OP`: a gate computes its value. `graph.seed`: ∂f/∂f = 1.
 * `graph.backward.OP`: a gate sends local × upstream to its inputs.
 * `graph.backward.fanout`: the same, when it completes the gradient of a node used two or
 * more times, whose branch gradients are summed (chain rule, case 2).
 */
export type GraphNarrationKey =
  `graph.forward.${GateOp}` | 'graph.seed' | `graph.backward.${GateOp}` | 'graph.backward.fanout';

/**
 * The graph's formulas: one per operation and direction, plus the seed. A step's formula
 * follows from its kind and its gate's operation (`params.op`).
 */
export type GraphFormulaKey = `graph-${GateOp}-forward` | 'graph-seed' | `graph-${GateOp}-backward`;

export const GRAPH_NARRATION_KEYS: readonly GraphNarrationKey[] = [
  ...GATE_OPS.map((op): GraphNarrationKey => `graph.forward.${op}`),
  'graph.seed',
  ...GATE_OPS.map((op): GraphNarrationKey => `graph.backward.${op}`),
  'graph.backward.fanout',
];

export const GRAPH_FORMULA_KEYS: readonly GraphFormulaKey[] = [
  ...GATE_OPS.map((op): GraphFormulaKey => `graph-${op}-forward`),
  'graph-seed',
  ...GATE_OPS.map((op): GraphFormulaKey => `graph-${op}-backward`),
];
