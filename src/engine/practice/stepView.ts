import { GATE_OPS, type GateOp } from '../graph/ops';
import { ACTIVATIONS, type Activation } from '../network/types';
import type { Operand, TraceStep } from '../trace';
import { assertNever } from '../../lib/assertNever';

/**
 * The adapter between the trace and practice: the only file that knows how a trace step
 * lays out its operands. Everything else in `practice/` works on {@link StepView}, so a
 * change of the trace's types is absorbed here.
 *
 * It reads a step's `kind`, `reads`, `writes`, `reveals`, `operands`, `result` and
 * `params`, in the layout the trace builders document (network/trace.ts,
 * graph/trace-steps.ts, graph/trace-backward.ts). A step it cannot read is `other`:
 * it is never asked, and practice only uses its operand keys to know what it reveals.
 */
export type PracticeTraceStep = PickEach<
  TraceStep,
  'kind' | 'reads' | 'writes' | 'reveals' | 'operands' | 'result' | 'resultSymbol' | 'params'
>;

/** `Pick` applied to each member of a union, so the result stays a union on `kind`. */
type PickEach<T, K extends keyof T> = T extends unknown ? Pick<T, K> : never;

/** One input slot of a graph gate's backward step. */
export interface GateSlot {
  /** Id of the input node (`x`, `g2`). */
  readonly node: string;
  /** ∂G/∂input, unkeyed. */
  readonly local: Operand;
  /** What G sends to this input: local × upstream. */
  readonly share: Operand;
}

export type StepView =
  | {
      readonly kind: 'z';
      readonly key: string;
      readonly element: string;
      readonly terms: readonly (readonly [w: Operand, a: Operand])[];
      readonly bias: Operand;
    }
  | {
      readonly kind: 'a';
      readonly key: string;
      readonly element: string;
      readonly activation: Activation;
      readonly z: Operand;
    }
  | {
      readonly kind: 'amp';
      readonly key: string;
      readonly neuron: string;
      readonly amp: string;
      readonly z: Operand;
      readonly gain: Operand;
      readonly input: Operand;
    }
  | {
      readonly kind: 'dW';
      readonly key: string;
      readonly element: string;
      readonly input: Operand;
      readonly delta: Operand;
    }
  | { readonly kind: 'db'; readonly key: string; readonly element: string; readonly delta: Operand }
  | {
      readonly kind: 'update';
      readonly key: string;
      readonly element: string;
      readonly attribute: 'w-next' | 'b-next';
      readonly param: Operand;
      readonly eta: Operand;
      readonly grad: Operand;
    }
  | {
      readonly kind: 'gate-forward';
      readonly key: string;
      readonly gate: string;
      readonly elements: readonly string[];
      readonly op: GateOp;
      readonly inputs: readonly Operand[];
    }
  | {
      readonly kind: 'gate-backward';
      readonly gate: string;
      readonly upstream: Operand;
      readonly slots: readonly GateSlot[];
      /** Nodes whose gradient is complete once this step has run. */
      readonly completed: readonly string[];
      /** The key of the step's own result (the fan-out sum, or the first share). */
      readonly resultKey: string | undefined;
    }
  | { readonly kind: 'other' };

const isActivation = (name: unknown): name is Activation => ACTIVATIONS.some((a) => a === name);
const isGateOp = (name: unknown): name is GateOp => GATE_OPS.some((op) => op === name);
const withPrefix = (keys: readonly string[], prefix: string): string | undefined =>
  keys.find((key) => key.startsWith(prefix));

/** Reads one trace step; `other` for steps practice never asks. */
export function viewStep(step: PracticeTraceStep): StepView {
  return readStep(step) ?? { kind: 'other' };
}

function readStep(step: PracticeTraceStep): StepView | undefined {
  const ops = step.operands;
  const [first, second, third] = ops;
  const key = step.reveals[0];
  const element = step.writes[0];
  switch (step.kind) {
    case 'z': {
      const bias = ops[ops.length - 1];
      if (key === undefined || element === undefined || bias === undefined) return undefined;
      if (ops.length % 2 !== 1) return undefined;
      const terms: (readonly [Operand, Operand])[] = [];
      for (let i = 0; i + 1 < ops.length; i += 2) {
        const w = ops[i];
        const a = ops[i + 1];
        if (w !== undefined && a !== undefined) terms.push([w, a]);
      }
      return { kind: 'z', key, element, terms, bias };
    }
    case 'a': {
      const activation = step.params.activation;
      if (key === undefined || element === undefined || first === undefined) return undefined;
      if (!isActivation(activation)) return undefined;
      return { kind: 'a', key, element, activation, z: first };
    }
    case 'amp': {
      const delta = withPrefix(step.reveals, 'delta:');
      const neuron = withPrefix(step.writes, 'neuron-');
      const amp = withPrefix(step.writes, 'amp-');
      if (delta === undefined || neuron === undefined || amp === undefined) return undefined;
      if (first === undefined || second === undefined || third === undefined) return undefined;
      return { kind: 'amp', key: delta, neuron, amp, z: first, gain: second, input: third };
    }
    case 'dW':
      if (key === undefined || element === undefined) return undefined;
      if (first === undefined || second === undefined) return undefined;
      return { kind: 'dW', key, element, input: first, delta: second };
    case 'db':
      if (key === undefined || element === undefined || first === undefined) return undefined;
      return { kind: 'db', key, element, delta: first };
    case 'update-w':
    case 'update-b': {
      const next = withPrefix(step.reveals, step.kind === 'update-w' ? 'wNext:' : 'bNext:');
      if (next === undefined || element === undefined) return undefined;
      if (first === undefined || second === undefined || third === undefined) return undefined;
      const attribute = step.kind === 'update-w' ? 'w-next' : 'b-next';
      return {
        kind: 'update',
        key: next,
        element,
        attribute,
        param: first,
        eta: second,
        grad: third,
      };
    }
    case 'gate-forward': {
      const op = step.params.op;
      if (key === undefined || element === undefined || !isGateOp(op)) return undefined;
      return {
        kind: 'gate-forward',
        key,
        gate: key.slice('value:'.length),
        elements: step.writes,
        op,
        inputs: ops,
      };
    }
    case 'gate-backward':
      return readBackward(step);
    default:
      return undefined;
  }
}

/**
 * A graph gate's backward step. Operands: the upstream ∂f/∂G (key `grad:G`), one local
 * gradient per slot that takes a gradient, one share per such slot (keyed
 * `contrib:G:INPUT` unless G reads that input twice), then the branches of a fan-out sum.
 */
function readBackward(
  step: Extract<PracticeTraceStep, { kind: 'gate-backward' }>,
): StepView | undefined {
  const upstream = step.operands[0];
  const slotCount = step.params.slots;
  if (upstream?.key === undefined || !upstream.key.startsWith('grad:')) return undefined;
  if (typeof slotCount !== 'number' || step.operands.length < 1 + 2 * slotCount) return undefined;
  const gate = upstream.key.slice('grad:'.length);
  const prefix = `contrib:${gate}:`;
  const sentTo = step.reveals
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
  const slots: GateSlot[] = [];
  for (let s = 0; s < slotCount; s++) {
    const local = step.operands[1 + s];
    const share = step.operands[1 + slotCount + s];
    if (local === undefined || share === undefined) return undefined;
    // An unkeyed share means G reads that input twice: it is then G's only input.
    const node = share.key?.startsWith(prefix) ? share.key.slice(prefix.length) : sentTo[0];
    if (node === undefined || (share.key === undefined && sentTo.length !== 1)) return undefined;
    slots.push({ node, local, share });
  }
  const completed = step.reveals
    .filter((k) => k.startsWith('grad:'))
    .map((k) => k.slice('grad:'.length));
  const sum = step.params.fanOutNode;
  const firstSlot = slots[0];
  const resultKey =
    typeof sum === 'string'
      ? `grad:${sum}`
      : firstSlot === undefined
        ? undefined
        : `${prefix}${firstSlot.node}`;
  return { kind: 'gate-backward', gate, upstream, slots, completed, resultKey };
}

/** The key of the quantity a step's `result` is, when it has one. */
export function resultKeyOf(step: PracticeTraceStep, view: StepView): string | undefined {
  switch (view.kind) {
    case 'gate-backward':
      return view.resultKey;
    case 'other':
      return step.reveals[0];
    case 'z':
    case 'a':
    case 'amp':
    case 'dW':
    case 'db':
    case 'update':
    case 'gate-forward':
      return view.key;
    default:
      return assertNever(view);
  }
}

/**
 * Every quantity key a step's numbers are computed from: its keyed operands, and what
 * its unkeyed operands stand for (a graph gate's local gradients come from its own value
 * and its inputs'; an update's ∂L/∂θ sums this example's ∂C/∂θ).
 */
export function dependenciesOf(step: PracticeTraceStep, view: StepView): string[] {
  const keys = step.operands.flatMap((o) => (o.key === undefined ? [] : [o.key]));
  if (view.kind === 'gate-backward') {
    keys.push(`value:${view.gate}`, ...view.slots.map((s) => `value:${s.node}`));
  } else if (view.kind === 'update') {
    const g = view.grad.key;
    if (g?.startsWith('dLdW:')) keys.push(`dW:${g.slice('dLdW:'.length)}`);
    if (g?.startsWith('dLdb:')) keys.push(`db:${g.slice('dLdb:'.length)}`);
  }
  return [...new Set(keys)];
}
