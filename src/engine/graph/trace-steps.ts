import type { GraphAnalysis, GraphNodeResult } from './analysis-types';
import type { GateForwardStep, GateParams, SeedStep } from './steps';
import { plainNameOf, texGrad, texSymbolOf } from './symbols';

/**
 * The forward and seed steps of a graph trace (see ./steps for their types), and helpers
 * shared with the backward steps.
 */

export const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The input node of `gate` at every slot. */
export function inputsOf(analysis: GraphAnalysis, gate: GraphNodeResult): GraphNodeResult[] {
  return gate.inputs.flatMap((id) => {
    const node = analysis.byId.get(id);
    return node === undefined ? [] : [node];
  });
}

/** `gate`, `op`, `label`, and `a`, `b`: plain names of the inputs, for narration. */
export function gateParams(gate: GraphNodeResult, inputs: readonly GraphNodeResult[]): GateParams {
  const [a, b] = inputs;
  return {
    gate: gate.id,
    op: opOf(gate),
    label: gate.label,
    ...(a === undefined ? {} : { a: plainNameOf(a) }),
    ...(b === undefined ? {} : { b: plainNameOf(b) }),
  };
}

/** A gate's operation (every gate has one; `add` only stands in for a malformed node). */
export const opOf = (gate: GraphNodeResult) => gate.op ?? 'add';

/** Forward: operands are the inputs by slot; reveals `value:GATE`. */
export function forwardStep(analysis: GraphAnalysis, gate: GraphNodeResult): GateForwardStep {
  const op = opOf(gate);
  const inputs = inputsOf(analysis, gate);
  return {
    phase: 'forward',
    kind: 'gate-forward',
    reads: unique(inputs.map((n) => n.domId)),
    writes: gate.id === analysis.output ? [gate.domId, 'graph-output'] : [gate.domId],
    reveals: [`value:${gate.id}`],
    operands: inputs.map((n) => ({ symbol: texSymbolOf(n), value: n.value, key: `value:${n.id}` })),
    resultSymbol: texSymbolOf(gate),
    result: gate.value,
    narrationKey: `graph.forward.${op}`,
    params: gateParams(gate, inputs),
  };
}

/** Seed: ∂f/∂f = 1 at the output; reveals `grad:OUTPUT`. */
export function seedStep(analysis: GraphAnalysis): SeedStep {
  const out = analysis.byId.get(analysis.output);
  return {
    phase: 'backward',
    kind: 'seed',
    reads: [],
    writes: unique([out?.domId ?? 'graph-output', 'graph-output']),
    reveals: [`grad:${analysis.output}`],
    operands: [],
    resultSymbol: texGrad(out === undefined ? 'f' : texSymbolOf(out)),
    result: 1,
    narrationKey: 'graph.seed',
    params: { node: analysis.output, label: out === undefined ? '' : plainNameOf(out) },
  };
}
