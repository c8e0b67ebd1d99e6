import { lazyArray } from '../lazy';
import type { PhaseSpan, Trace } from '../trace';
import type { GraphAnalysis, GraphNodeResult } from './analysis-types';
import { backwardStep, backwardStepReveals } from './trace-backward';
import type { GraphTraceStep } from './steps';
import { forwardStep, seedStep } from './trace-steps';

/**
 * The walk-through of a graph as a trace:
 *
 * - forward: one `gate-forward` step per gate in evaluation order, revealing `value:G`.
 *   Variables and constants are never revealed: they are known from the start.
 * - backward: a `seed` step (∂f/∂f = 1, revealing `grad:OUTPUT`), then one
 *   `gate-backward` step per gate that depends on a variable, in reverse evaluation
 *   order. Each reveals `contrib:G:INPUT` for its inputs, then `grad:INPUT` for every
 *   input whose consumers are now all done. When every gate depends on a variable (all
 *   presets do) there are 2 × gates + 1 steps.
 *
 * The steps are made when first read (the longest expression a link may hold has two
 * thousand, of which a person looks at a few, and making them all, with their TeX, held
 * the page while it opened). What is known before any step is made: how many there are,
 * their phases, and which step reveals each value, the same as `makeTrace` would find
 * by reading them all.
 */
export function buildGraphTrace(analysis: GraphAnalysis): Trace<GraphTraceStep> {
  const gates = analysis.nodes.filter((n) => n.kind === 'gate');
  const backward = backwardPlan(analysis, gates);
  const seedAt = gates.length;
  const total = seedAt + 1 + backward.length;
  const stepAt = (index: number): GraphTraceStep[] => {
    const gate = gates[index];
    if (gate !== undefined) return [forwardStep(analysis, gate)];
    if (index === seedAt) return [seedStep(analysis)];
    const back = backward[index - seedAt - 1];
    return back === undefined ? [] : [backwardStep(analysis, back.gate, back.completed)];
  };
  const steps = lazyArray<GraphTraceStep>(total, (index) => ({
    start: index,
    items: stepAt(index),
  }));

  const revealedAt = new Map<string, number>();
  const reveal = (key: string, at: number) => {
    if (!revealedAt.has(key)) revealedAt.set(key, at);
  };
  gates.forEach((gate, i) => reveal(`value:${gate.id}`, i));
  reveal(`grad:${analysis.output}`, seedAt);
  backward.forEach(({ gate, completed }, k) => {
    for (const key of backwardStepReveals(analysis, gate, completed)) reveal(key, seedAt + 1 + k);
  });
  const phases: PhaseSpan[] = [
    ...(seedAt > 0 ? [{ phase: 'forward' as const, start: 0, end: seedAt }] : []),
    { phase: 'backward', start: seedAt, end: total },
  ];
  return { steps, values: traceValues(analysis), revealedAt, phases };
}

/**
 * The backward steps in order: each gate that depends on a variable, last gate first,
 * with the inputs whose gradient is complete once it has run (all their consumers done).
 */
function backwardPlan(
  analysis: GraphAnalysis,
  gates: readonly GraphNodeResult[],
): { gate: GraphNodeResult; completed: GraphNodeResult[] }[] {
  const pending = new Map(analysis.nodes.map((n) => [n.id, n.uses.length]));
  const plan: { gate: GraphNodeResult; completed: GraphNodeResult[] }[] = [];
  for (const gate of [...gates].reverse()) {
    if (!gate.local.some((l) => l !== null)) continue;
    const completed: GraphNodeResult[] = [];
    gate.inputs.forEach((id, slot) => {
      if (gate.local[slot] === null) return;
      const left = (pending.get(id) ?? 0) - 1;
      pending.set(id, left);
      const node = analysis.byId.get(id);
      if (left === 0 && node !== undefined) completed.push(node);
    });
    plan.push({ gate, completed });
  }
  return plan;
}

/** Final value of every quantity key the graph trace uses. */
function traceValues(analysis: GraphAnalysis): Map<string, number> {
  const values = new Map<string, number>();
  for (const node of analysis.nodes) {
    values.set(`value:${node.id}`, node.value);
    if (node.grad !== null) values.set(`grad:${node.id}`, node.grad);
    node.contributions.forEach((sent, slot) => {
      const input = node.inputs[slot];
      if (sent === null || input === undefined) return;
      const key = `contrib:${node.id}:${input}`;
      values.set(key, (values.get(key) ?? 0) + sent);
    });
  }
  return values;
}
