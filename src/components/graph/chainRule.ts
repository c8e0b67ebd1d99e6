import {
  analyzeGraph,
  type GraphAnalysis,
  type GraphNodeResult,
  type GraphScenario,
} from '../../engine';

/**
 * The lecture's two cases of the chain rule, found in a graph, and what a nudge of the
 * input does to every quantity on the way to the output, computed with the engine itself
 * (evaluate at the input and at the nudged input). Pure.
 *
 * Case 1: x → y = g(x) → z = h(y). Case 2: s → x = g(s) and y = h(s) → z = k(x, y).
 */
export type ChainShape =
  | {
      readonly case: 1;
      readonly input: string;
      readonly x: string;
      readonly y: string;
      readonly z: string;
    }
  | {
      readonly case: 2;
      readonly input: string;
      readonly s: string;
      readonly x: string;
      readonly y: string;
      readonly z: string;
    };

/** Inputs of a gate that carry a gradient (constants do not). */
const liveInputs = (analysis: GraphAnalysis, node: GraphNodeResult): GraphNodeResult[] =>
  node.inputs.flatMap((id) => {
    const input = analysis.byId.get(id);
    return input !== undefined && input.kind !== 'const' ? [input] : [];
  });

/** Reads `node` as a one-input function of `input` (other inputs constant). */
const onlyInput = (analysis: GraphAnalysis, node: GraphNodeResult, input: string): boolean => {
  const live = liveInputs(analysis, node);
  return node.kind === 'gate' && live.length === 1 && live[0]?.id === input;
};

/** Which case of the chain rule a graph shows, if it is one of them. */
export function chainShape(analysis: GraphAnalysis): ChainShape | null {
  if (analysis.variables.length !== 1) return null;
  const input = analysis.variables[0] ?? '';
  const z = analysis.byId.get(analysis.output);
  if (z === undefined || z.kind !== 'gate') return null;
  const live = liveInputs(analysis, z);
  const [first, second] = live;
  if (live.length === 1 && first !== undefined && onlyInput(analysis, first, input)) {
    return { case: 1, input, x: input, y: first.id, z: z.id };
  }
  if (
    live.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.id !== second.id &&
    onlyInput(analysis, first, input) &&
    onlyInput(analysis, second, input)
  ) {
    return { case: 2, input, s: input, x: first.id, y: second.id, z: z.id };
  }
  return null;
}

/** ∂node/∂input from the analysis (the local gradient of that edge). */
export function localGradient(analysis: GraphAnalysis, node: string, input: string): number {
  const n = analysis.byId.get(node);
  const slot = n?.inputs.indexOf(input) ?? -1;
  const local = slot < 0 ? null : n?.local[slot];
  return typeof local === 'number' ? local : NaN;
}

/** The chain rule with the current numbers: each factor and the total dz/d(input). */
export function chainDerivative(analysis: GraphAnalysis, shape: ChainShape) {
  const l = (node: string, input: string) => localGradient(analysis, node, input);
  if (shape.case === 1) {
    const dydx = l(shape.y, shape.x);
    const dzdy = l(shape.z, shape.y);
    return { case: 1 as const, dydx, dzdy, total: dzdy * dydx };
  }
  const dzdx = l(shape.z, shape.x);
  const dxds = l(shape.x, shape.s);
  const dzdy = l(shape.z, shape.y);
  const dyds = l(shape.y, shape.s);
  return { case: 2 as const, dzdx, dxds, dzdy, dyds, total: dzdx * dxds + dzdy * dyds };
}

export interface NudgeResult {
  readonly delta: number;
  /** Change of each intermediate node and of the output, by node id. */
  readonly change: Readonly<Record<string, number>>;
  /** Δz / Δinput. */
  readonly ratio: number;
}

/** Evaluates the graph at input + delta and reports how far every node moved. */
export function nudge(scenario: GraphScenario, shape: ChainShape, delta: number): NudgeResult {
  const base = analyzeGraph(scenario);
  const moved = analyzeGraph({
    ...scenario,
    inputs: { ...scenario.inputs, [shape.input]: (scenario.inputs[shape.input] ?? 0) + delta },
  });
  const ids = shape.case === 1 ? [shape.y, shape.z] : [shape.x, shape.y, shape.z];
  const change = Object.fromEntries(
    ids.map((id) => [id, (moved.byId.get(id)?.value ?? NaN) - (base.byId.get(id)?.value ?? NaN)]),
  );
  return { delta, change, ratio: (change[shape.z] ?? NaN) / delta };
}

/** Nudges from large to small, for the table that shows Δz/Δx converging. */
export const NUDGES: readonly number[] = [1, 0.1, 0.01, 0.001, 0.0001];
