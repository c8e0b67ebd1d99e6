import type { TraceStep } from '../trace';
import type { GraphAnalysis, GraphNodeResult } from './analysis';
import type { GraphFormulaKey, GraphNarrationKey, GraphStepKind } from './narration';
import { plainNameOf, texGrad, texSymbolOf } from './symbols';

/**
 * The forward and seed steps of a graph trace, and helpers shared with the backward
 * steps. Quantity keys: `value:ID`, `grad:ID`, and `contrib:GATE:INPUT`. DOM ids:
 * `var-NAME`, `gate-ID`, `const-ID`, `graph-output`.
 */
export interface GraphTraceStep extends TraceStep {
  readonly kind: GraphStepKind;
  readonly formulaKey: GraphFormulaKey;
  readonly narrationKey: GraphNarrationKey;
}

export const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The input node of `gate` at every slot. */
export function inputsOf(analysis: GraphAnalysis, gate: GraphNodeResult): GraphNodeResult[] {
  return gate.inputs.flatMap((id) => {
    const node = analysis.byId.get(id);
    return node === undefined ? [] : [node];
  });
}

/** `gate`, `op`, `label`, and `a`, `b`: plain names of the inputs, for narration. */
export function gateParams(
  gate: GraphNodeResult,
  inputs: readonly GraphNodeResult[],
): Record<string, string | number> {
  const params: Record<string, string | number> = {
    gate: gate.id,
    op: gate.op ?? '',
    label: gate.label,
  };
  inputs.forEach((node, slot) => (params[slot === 0 ? 'a' : 'b'] = plainNameOf(node)));
  return params;
}

/** Forward: operands are the inputs by slot; reveals `value:GATE`. */
export function forwardStep(analysis: GraphAnalysis, gate: GraphNodeResult): GraphTraceStep {
  const op = gate.op ?? 'add';
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
    formulaKey: `graph-${op}-forward`,
    narrationKey: `graph.forward.${op}`,
    params: gateParams(gate, inputs),
  };
}

/** Seed: ∂f/∂f = 1 at the output; reveals `grad:OUTPUT`. */
export function seedStep(analysis: GraphAnalysis): GraphTraceStep {
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
    formulaKey: 'graph-seed',
    narrationKey: 'graph.seed',
    params: { node: analysis.output, label: out === undefined ? '' : plainNameOf(out) },
  };
}
