import { makeTrace, type Trace } from '../trace';
import type { GraphAnalysis, GraphNodeResult } from './analysis-types';
import { backwardStep } from './trace-backward';
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
 */
export function buildGraphTrace(analysis: GraphAnalysis): Trace<GraphTraceStep> {
  const gates = analysis.nodes.filter((n) => n.kind === 'gate');
  const steps: GraphTraceStep[] = gates.map((gate) => forwardStep(analysis, gate));
  steps.push(seedStep(analysis));

  const pending = new Map(analysis.nodes.map((n) => [n.id, n.uses.length]));
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
    steps.push(backwardStep(analysis, gate, completed));
  }
  return makeTrace(steps, traceValues(analysis));
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
