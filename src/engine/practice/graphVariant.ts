import type { GraphAnalysis, GraphNodeResult } from '../graph/analysis-types';
import { analyzeGraph } from '../graph/analyze-scenario';
import type { GateOp } from '../graph/ops';
import type { GraphScenario } from '../graph/scenario';
import { mulberry32, type Random } from '../random';
import { integerIn, twoSignificant, variantSeed } from './friendly';

/**
 * Variant N of a computational graph: the same expression with fresh friendly inputs,
 * the same for everyone with N. Each variable keeps the style of its original value:
 *
 * - it keeps its sign (a price stays positive, CS231n's x = −2 stays negative; a 0 gets
 *   either sign), so that the exercise stays the same one with other numbers;
 * - a whole number stays whole: from 1 to 9 in size when it was at most 9, otherwise
 *   between half and twice its size, to two significant digits (a price of 100 becomes
 *   50…200, such as 140);
 * - any other number gets one decimal: from 0.1 to 3 in size when it was at most 3,
 *   otherwise between half and twice its size.
 *
 * The inputs are redrawn, up to {@link MAX_GRAPH_TRIES} times, until the graph engine
 * finds every value and gradient finite and moderate (no division by zero, no log of a
 * non-positive number, no square root of a negative one, see {@link isFriendlyGraph}).
 */
export type GraphVariantResult =
  | { readonly ok: true; readonly scenario: GraphScenario }
  /** No friendly inputs exist or none were found (`log(x - x)` has none). */
  | { readonly ok: false; readonly code: 'no-friendly-inputs' };

export const MAX_GRAPH_TRIES = 200;
/** Largest |value| and |gradient| a variant may have. */
export const MAX_GRAPH_MAGNITUDE = 1e4;
/** Distance kept from kinks, ties and poles: relu(0), max(a, a), 1/0, log 0, √0. */
const MARGIN = 0.1;

/**
 * @param scenario a scenario that `parseGraphScenario` accepted.
 * @throws RangeError for a variant number outside 0…VARIANT_MAX.
 */
export function graphVariant(scenario: GraphScenario, variant: number): GraphVariantResult {
  const random = mulberry32(variantSeed(variant));
  const names = Object.keys(scenario.inputs);
  for (let t = 0; t < MAX_GRAPH_TRIES; t++) {
    const inputs: Record<string, number> = {};
    for (const name of names) inputs[name] = drawLike(random, scenario.inputs[name] ?? 0);
    const candidate: GraphScenario = {
      version: 1,
      kind: 'graph',
      expression: scenario.expression,
      inputs,
    };
    if (isFriendlyGraph(analyzeGraph(candidate))) return { ok: true, scenario: candidate };
  }
  return { ok: false, code: 'no-friendly-inputs' };
}

/** A fresh number in the style of `original` (see {@link graphVariant}). */
function drawLike(random: Random, original: number): number {
  const size = Math.abs(original);
  const sign = original < 0 || (original === 0 && random() < 0.5) ? -1 : 1;
  if (Number.isInteger(original)) {
    if (size <= 9) return sign * integerIn(random, 1, 9);
    return sign * twoSignificant(integerIn(random, Math.ceil(size / 2), 2 * size));
  }
  if (size <= 3) return (sign * integerIn(random, 1, 30)) / 10;
  return (sign * integerIn(random, Math.ceil(size * 5), Math.floor(size * 20))) / 10;
}

const finiteAndModerate = (v: number): boolean =>
  Number.isFinite(v) && Math.abs(v) <= MAX_GRAPH_MAGNITUDE;

/** Smallest |value| of a gate, and |gradient| of a node, other than an exact 0 from routing. */
export const MIN_GRAPH_MAGNITUDE = 1e-3;

/**
 * Where a gate's inputs would make a poor exercise: near a kink, a tie or a pole (where
 * the local gradient jumps or explodes), or deep in a saturated region (σ, tanh, exp of a
 * large number: the gradients behind it vanish or the values explode).
 */
const NEAR_TROUBLE: Readonly<Record<GateOp, ((a: number, b: number) => boolean) | null>> = {
  add: null,
  sub: null,
  mul: null,
  neg: null,
  sin: null,
  cos: null,
  exp: (a) => a > 6,
  tanh: (a) => Math.abs(a) > 3,
  sigmoid: (a) => Math.abs(a) > 4,
  div: (_a, b) => Math.abs(b) < MARGIN,
  log: (a) => a < MARGIN,
  sqrt: (a) => a < MARGIN,
  relu: (a) => Math.abs(a) < MARGIN,
  abs: (a) => Math.abs(a) < MARGIN,
  max: (a, b) => Math.abs(a - b) < MARGIN,
  min: (a, b) => Math.abs(a - b) < MARGIN,
  pow: (a, b) => Math.abs(a) < MARGIN && !(Number.isInteger(b) && b >= 0),
};

/** Gates whose output may be exactly 0 by design: they route or cut, they do not compute 0. */
const MAY_BE_ZERO: ReadonlySet<GateOp> = new Set(['relu', 'max', 'min']);

function nearTrouble(analysis: GraphAnalysis, node: GraphNodeResult): boolean {
  const test = node.op === null ? null : NEAR_TROUBLE[node.op];
  if (test === null) return false;
  const [a, b] = node.inputs.map((id) => analysis.byId.get(id)?.value ?? NaN);
  return test(a ?? NaN, b ?? NaN);
}

/** A gate value that cancels to (almost) nothing, such as x + y at x = −y. */
const vanishes = (node: GraphNodeResult): boolean =>
  node.op !== null && !MAY_BE_ZERO.has(node.op) && Math.abs(node.value) < MIN_GRAPH_MAGNITUDE;

/** A gradient that is neither an exact 0 (routed away) nor of a workable size. */
const tinyGradient = (grad: number | null): boolean =>
  grad !== null && grad !== 0 && Math.abs(grad) < MIN_GRAPH_MAGNITUDE;

/**
 * Whether a graph makes a friendly exercise: no problem reported; every value, local
 * gradient and gradient finite and at most {@link MAX_GRAPH_MAGNITUDE} in size; no gate
 * value that cancels out and no gradient below {@link MIN_GRAPH_MAGNITUDE} but for an exact
 * 0 a max, min or relu routes; and no gate near a kink, a tie, a pole or saturation.
 */
export function isFriendlyGraph(analysis: GraphAnalysis): boolean {
  if (analysis.problems.length > 0) return false;
  return analysis.nodes.every(
    (node) =>
      finiteAndModerate(node.value) &&
      (node.grad === null || finiteAndModerate(node.grad)) &&
      node.local.every((l) => l === null || finiteAndModerate(l)) &&
      !vanishes(node) &&
      !tinyGradient(node.grad) &&
      !nearTrouble(analysis, node),
  );
}
