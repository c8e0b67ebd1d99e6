import type { DomainCode, GateOp } from './ops';

/**
 * The result of running a graph forwards and backwards: everything the graph scene
 * draws, in plain data. Gradients are ∂f/∂node where f is the output node.
 */

/** Why a value or a gradient stopped being a finite number, named at the gate where it started. */
export type GraphProblemCode = DomainCode | 'non-finite' | 'non-finite-gradient';

export interface GraphProblem {
  /** Id of the gate where the non-finite number first appears. */
  readonly gate: string;
  readonly phase: 'forward' | 'backward';
  readonly code: GraphProblemCode;
  /** Plain English for logs and tests; the UI translates through `code` and `params`. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One edge out of a node: the gate that reads it, and in which input slot. */
export interface GraphUse {
  readonly gate: string;
  readonly slot: number;
}

export interface GraphNodeResult {
  readonly id: string;
  readonly kind: 'var' | 'const' | 'gate';
  /** The gate's operation; `null` for variables and constants. */
  readonly op: GateOp | null;
  /** Display label: the gate's symbol (`×`, `σ`, …), the variable's name or the constant. */
  readonly label: string;
  /** Input node ids by slot (gates only). */
  readonly inputs: readonly string[];
  readonly value: number;
  /**
   * ∂f/∂node, or `null` where no gradient flows: constants, and gates that depend on no
   * variable (the output itself always has its seed, 1).
   */
  readonly grad: number | null;
  /** Local gradient ∂node/∂input per slot; `null` for an input that takes no gradient. */
  readonly local: readonly (number | null)[];
  /** What this gate sends back to each slot: local × upstream (`null` as in `local`). */
  readonly contributions: readonly (number | null)[];
  /** Every edge out of the node, in evaluation order; two or more means it fans out. */
  readonly uses: readonly GraphUse[];
  /** DOM id of the node's element: `var-x`, `gate-g3`, `const-c1`. */
  readonly domId: string;
}

export interface GraphAnalysis {
  /** All nodes in topological (evaluation) order. */
  readonly nodes: readonly GraphNodeResult[];
  readonly byId: ReadonlyMap<string, GraphNodeResult>;
  /** Gate ids in evaluation order (`g1`, `g2`, …). */
  readonly gates: readonly string[];
  /** Variable names in order of first appearance. */
  readonly variables: readonly string[];
  readonly output: string;
  /** The output's value. */
  readonly value: number;
  /** ∂f/∂variable for every variable, keyed by name. */
  readonly gradients: Readonly<Record<string, number>>;
  /** Where and why values or gradients became NaN or infinite; empty when all is finite. */
  readonly problems: readonly GraphProblem[];
}
