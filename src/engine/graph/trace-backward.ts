import type { Operand } from '../trace';
import type { GraphAnalysis, GraphNodeResult } from './analysis-types';
import { plainNameOf, texGrad, texLocal, texSymbolOf } from './symbols';
import type { GateBackwardStep } from './steps';
import { gateParams, inputsOf, opOf, unique } from './trace-steps';

/**
 * One backward step: gate G multiplies its upstream gradient ∂f/∂G by each local
 * gradient and sends the product to that input.
 *
 * Operands, in order: the upstream ∂f/∂G (key `grad:G`); the local gradient of each input
 * that takes a gradient (`params.slots` of them); what G sends to each of those inputs
 * (key `contrib:G:INPUT`); then, if this step completes the gradient of a node that fans
 * out, one operand per branch of that node (`params.fanOut` of them), whose sum is the
 * result. Otherwise the result is what G sends to its first input.
 */

/** How many times `gate` reads `node`: twice for `x*x`. */
const timesRead = (gate: GraphNodeResult, node: GraphNodeResult): number =>
  gate.inputs.filter((id) => id === node.id).length;

/** TeX for the share of ∂f/∂input that comes through `gate`. */
const texShare = (input: GraphNodeResult, gate: GraphNodeResult): string =>
  `\\left.${texGrad(texSymbolOf(input))}\\right|_{${texSymbolOf(gate)}}`;

/** A contribution as an operand; keyed only when it is the whole of `contrib:G:INPUT`. */
function share(gate: GraphNodeResult, input: GraphNodeResult, value: number): Operand {
  const symbol = texShare(input, gate);
  return timesRead(gate, input) === 1
    ? { symbol, value, key: `contrib:${gate.id}:${input.id}` }
    : { symbol, value };
}

/** Every branch of a node that fans out: one operand per edge out of it. */
function branches(analysis: GraphAnalysis, node: GraphNodeResult): Operand[] {
  return node.uses.flatMap(({ gate, slot }) => {
    const consumer = analysis.byId.get(gate);
    const value = consumer?.contributions[slot];
    return consumer === undefined || value === null || value === undefined
      ? []
      : [share(consumer, node, value)];
  });
}

/** The inputs of `gate` that take a gradient, with its local gradient and what it sends. */
function gradientSlots(gate: GraphNodeResult, inputs: readonly GraphNodeResult[]) {
  return inputs.flatMap((node, slot) => {
    const local = gate.local[slot];
    const sent = gate.contributions[slot];
    return typeof local === 'number' && typeof sent === 'number' ? [{ node, local, sent }] : [];
  });
}

function backwardReveals(
  gate: GraphNodeResult,
  slots: readonly { readonly node: GraphNodeResult }[],
  completed: readonly GraphNodeResult[],
): string[] {
  return [
    ...unique(slots.map(({ node }) => `contrib:${gate.id}:${node.id}`)),
    ...completed.map((node) => `grad:${node.id}`),
  ];
}

/**
 * The keys the backward step of `gate` reveals (those of {@link backwardStep}), without
 * making the step: a trace knows when each value appears before any step is read.
 */
export const backwardStepReveals = (
  analysis: GraphAnalysis,
  gate: GraphNodeResult,
  completed: readonly GraphNodeResult[],
): string[] => backwardReveals(gate, gradientSlots(gate, inputsOf(analysis, gate)), completed);

/**
 * @param completed inputs whose gradient is complete once this gate has run (all their
 * consumers are done); their `grad:` keys are revealed here.
 */
export function backwardStep(
  analysis: GraphAnalysis,
  gate: GraphNodeResult,
  completed: readonly GraphNodeResult[],
): GateBackwardStep {
  const op = opOf(gate);
  const symbol = texSymbolOf(gate);
  const inputs = inputsOf(analysis, gate);
  const slots = gradientSlots(gate, inputs);
  const fannedOut = completed.filter((node) => node.uses.length >= 2);
  const sum = fannedOut[0];
  const first = slots[0];
  const params: GateBackwardStep['params'] = {
    ...gateParams(gate, inputs),
    slots: slots.length,
    ...(sum === undefined
      ? {}
      : {
          fanOut: sum.uses.length,
          fanOutNode: plainNameOf(sum),
          ...(fannedOut.length > 1 ? { fanOutNodes: fannedOut.map(plainNameOf).join(', ') } : {}),
        }),
  };
  const contributions = slots.map(({ node, sent }) => share(gate, node, sent));
  return {
    phase: 'backward',
    kind: 'gate-backward',
    reads: unique([gate.domId, ...inputs.map((n) => n.domId)]),
    writes: unique(slots.map(({ node }) => node.domId)),
    reveals: backwardReveals(gate, slots, completed),
    operands: [
      { symbol: texGrad(symbol), value: gate.grad ?? NaN, key: `grad:${gate.id}` },
      ...slots.map(({ node, local }) => ({
        symbol: texLocal(symbol, texSymbolOf(node)),
        value: local,
      })),
      ...contributions,
      ...(sum === undefined ? [] : branches(analysis, sum)),
    ],
    resultSymbol:
      sum !== undefined
        ? texGrad(texSymbolOf(sum))
        : first !== undefined
          ? texShare(first.node, gate)
          : '',
    result: sum !== undefined ? (sum.grad ?? NaN) : (first?.sent ?? NaN),
    narrationKey: sum === undefined ? `graph.backward.${op}` : 'graph.backward.fanout',
    params,
  };
}
