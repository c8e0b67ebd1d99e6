import {
  isGraphStep,
  valueAt,
  type GraphAnalysis,
  type GraphNodeResult,
  type GraphScenario,
  type Trace,
  type TraceStep,
} from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { withNeeded, type Involvement } from '../common/hooks';

/**
 * Everything the graph diagram draws, derived from (scenario, trace, cursor): the
 * committed scenario from the store, or a preview of an expression still being typed
 * (cursor 0, nothing computed). Components get it as a prop and never recompute numbers.
 */
export interface GraphView {
  readonly scenario: GraphScenario;
  readonly analysis: GraphAnalysis;
  readonly trace: Trace;
  readonly cursor: number;
  /** The step that ran last, whose reads and writes are highlighted. */
  readonly step: TraceStep | undefined;
  readonly preview: boolean;
  /** DOM ids that practice's first hint points at (the values the asked step needs). */
  readonly needed?: ReadonlySet<string>;
}

/** A quantity (`value:ID`, `grad:ID`, `contrib:G:I`) once the cursor has revealed it. */
export const known = (view: GraphView, key: string): number | undefined =>
  valueAt(view.trace, key, view.cursor);

/** How the current step involves a DOM id: writes it, reads it, or neither (see Involvement). */
export function involvementOf(view: GraphView, domId: string): Involvement {
  const step = view.step;
  const needed = view.needed?.has(domId) === true;
  if (step === undefined) return withNeeded(null, needed);
  if (step.writes.includes(domId)) return 'write';
  return withNeeded(step.reads.includes(domId) ? 'read' : null, needed);
}

/** The gate a forward or backward gate step runs, if any. */
export function stepGate(step: TraceStep | undefined): string | undefined {
  if (step === undefined || !isGraphStep(step)) return undefined;
  switch (step.kind) {
    case 'gate-forward':
    case 'gate-backward':
      return step.params.gate;
    case 'seed':
      return undefined;
    default:
      return assertNever(step);
  }
}

/** Nodes that fan out and whose gradient the current step completes (their branches add up). */
export function completedSums(view: GraphView): GraphNodeResult[] {
  const step = view.step;
  if (step === undefined) return [];
  return step.reveals.flatMap((key) => {
    if (!key.startsWith('grad:')) return [];
    const node = view.analysis.byId.get(key.slice(5));
    return node !== undefined && node.uses.length >= 2 ? [node] : [];
  });
}

/** What the current step does with a wire (see {@link edgeActivity}). */
export type EdgeActivity = 'forward' | 'backward' | 'sum' | null;

/**
 * What the current step does with the wire from `from` into input `slot` of `to`: carries a
 * value forward, a gradient backward, or one branch of a sum that completes now.
 */
export function edgeActivity(
  view: GraphView,
  from: string,
  to: string,
  slot: number,
): EdgeActivity {
  const step = view.step;
  if (step === undefined) return null;
  if (stepGate(step) === to) {
    if (step.kind === 'gate-forward') return 'forward';
    // No gradient flows back into a constant.
    return typeof view.analysis.byId.get(to)?.local[slot] === 'number' ? 'backward' : null;
  }
  return completedSums(view).some((n) => n.id === from) ? 'sum' : null;
}

/** Each branch of a node that fans out: the gate it goes through and what that gate sent back. */
export function branchesOf(
  analysis: GraphAnalysis,
  node: GraphNodeResult,
): { gate: string; slot: number; value: number | null }[] {
  return node.uses.map(({ gate, slot }) => ({
    gate,
    slot,
    value: analysis.byId.get(gate)?.contributions[slot] ?? null,
  }));
}
