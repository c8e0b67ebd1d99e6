import { domIdOf, texGrad, texSymbolOf } from '../graph/symbols';
import type { Operand, Trace } from '../trace';
import { assertNever } from '../../lib/assertNever';
import type { Formula } from './formula';
import type { PracticeKind } from './kinds';
import {
  dependenciesOf,
  resultKeyOf,
  viewStep,
  type GateSlot,
  type PracticeTraceStep,
  type StepView,
} from './stepView';

/**
 * One value the student is asked to compute. Its `id` is the quantity key it asks
 * (`delta:2:0`, `grad:x`), unique within its trace, so that answers, scores and links
 * can name it.
 */
export interface Question {
  readonly id: string;
  readonly kind: PracticeKind;
  /** Index of the trace step that computes it: it is asked once `step + 1` steps have run. */
  readonly step: number;
  /** The true value (the trace's own number). */
  readonly value: number;
  /** TeX of the unknown, e.g. `\delta_{5}`. */
  readonly symbol: string;
  /** The hook and attribute the answer box stands for (`data-target`): `neuron-2-0:delta`. */
  readonly target: string;
  /** Every hook attribute that shows this value (a neuron's δ is also on its op-amp). */
  readonly targets: readonly string[];
  /** Keys hidden from the moment the step runs until the question is answered. */
  readonly hides: readonly string[];
  /** DOM ids of the elements whose values it needs (the first rung of the hint ladder). */
  readonly needs: readonly string[];
  readonly formula: Formula;
}

/** What masking needs to know about each step of the trace. */
export interface PlanStep {
  /** Keys the step's numbers are computed from. */
  readonly deps: readonly string[];
  /** Keys of `deps` that no operand carries (what the unkeyed operands stand for). */
  readonly hiddenDeps: readonly string[];
  readonly reveals: readonly string[];
  /** Key of the step's result, when it has one. */
  readonly resultKey: string | undefined;
}

/** The questions of one trace for a set of kinds, and what masking needs. Plain data. */
export interface PracticePlan {
  readonly kinds: readonly PracticeKind[];
  /** In step order; the questions of one step in the order of its reveals. */
  readonly questions: readonly Question[];
  readonly steps: readonly PlanStep[];
}

/** Which kind of value each readable step asks. */
const KIND_OF_STEP: Readonly<Record<Exclude<StepView['kind'], 'other'>, PracticeKind>> = {
  z: 'z',
  a: 'a',
  amp: 'delta',
  dW: 'grad',
  db: 'grad',
  update: 'update',
  'gate-forward': 'value',
  'gate-backward': 'grad',
};

/** The steps at which a graph node receives a share of its gradient, in trace order. */
type Arrivals = Map<
  string,
  { readonly step: number; readonly gate: string; readonly slots: readonly GateSlot[] }[]
>;

/**
 * Every question of `trace` for the asked `kinds`: one per asked step of the network
 * scene, one per gate value, and one per gradient a graph step completes (a step that
 * completes two inputs asks two). Values that are not finite are never asked, and
 * neither is the graph's seed ∂f/∂f = 1.
 */
export function practicePlan(trace: Trace, kinds: Iterable<PracticeKind>): PracticePlan {
  const asked = new Set(kinds);
  const views = trace.steps.map(viewStep);
  const arrivals: Arrivals = new Map();
  views.forEach((view, step) => {
    if (view.kind !== 'gate-backward') return;
    for (const node of new Set(view.slots.map((s) => s.node))) {
      const list = arrivals.get(node) ?? [];
      list.push({ step, gate: view.gate, slots: view.slots.filter((s) => s.node === node) });
      arrivals.set(node, list);
    }
  });
  const questions: Question[] = [];
  const steps: PlanStep[] = trace.steps.map((step, index) => {
    const view = views[index] ?? { kind: 'other' };
    if (view.kind !== 'other' && asked.has(KIND_OF_STEP[view.kind])) {
      const found = questionsOf(step, index, view, trace, arrivals);
      questions.push(...found.filter((q) => Number.isFinite(q.value)));
    }
    const deps = dependenciesOf(step, view);
    const keyed = new Set(step.operands.map((o) => o.key));
    return {
      deps,
      hiddenDeps: deps.filter((k) => !keyed.has(k)),
      reveals: step.reveals,
      resultKey: resultKeyOf(step, view),
    };
  });
  return { kinds: [...asked], questions, steps };
}

function questionsOf(
  step: PracticeTraceStep,
  index: number,
  view: Exclude<StepView, { kind: 'other' }>,
  trace: Trace,
  arrivals: Arrivals,
): Question[] {
  const base = { step: index, symbol: step.resultSymbol, needs: step.reads };
  const single = (key: string, targets: readonly string[], formula: Formula): Question[] => [
    {
      ...base,
      id: key,
      kind: KIND_OF_STEP[view.kind],
      value: trace.values.get(key) ?? NaN,
      target: targets[0] ?? '',
      targets,
      hides: [key],
      formula,
    },
  ];
  switch (view.kind) {
    case 'z':
      return single(view.key, [`${view.element}:z`], {
        form: 'weighted-sum',
        terms: view.terms,
        bias: view.bias,
      });
    case 'a':
      return single(view.key, [`${view.element}:a`], {
        form: 'activation',
        activation: view.activation,
        z: view.z,
      });
    case 'amp':
      return single(view.key, [`${view.neuron}:delta`, `${view.amp}:delta`], {
        form: 'amp',
        gain: view.gain,
        input: view.input,
      });
    case 'dW':
      return single(view.key, [`${view.element}:grad`], {
        form: 'weight-grad',
        input: view.input,
        delta: view.delta,
      });
    case 'db':
      return single(view.key, [`${view.element}:grad`], { form: 'bias-grad', delta: view.delta });
    case 'update':
      return single(view.key, [`${view.element}:${view.attribute}`], {
        form: 'update',
        param: view.param,
        eta: view.eta,
        grad: view.grad,
      });
    case 'gate-forward':
      return single(
        view.key,
        view.elements.map((e) => `${e}:value`),
        { form: 'gate-value', op: view.op, inputs: view.inputs },
      );
    case 'gate-backward':
      return view.completed.flatMap((node) =>
        gradientQuestion(step, index, view, node, trace, arrivals),
      );
    default:
      return assertNever(view);
  }
}

/** The question ∂f/∂node, asked at the step of the last gate that sends the node a share. */
function gradientQuestion(
  step: PracticeTraceStep,
  index: number,
  view: Extract<StepView, { kind: 'gate-backward' }>,
  node: string,
  trace: Trace,
  arrivals: Arrivals,
): Question[] {
  // The node is a variable or a gate (constants take no gradient): its element is written.
  const kind = step.writes.includes(domIdOf({ kind: 'var', id: node })) ? 'var' : 'gate';
  const domId = domIdOf({ kind, id: node });
  if (!step.writes.includes(domId)) return [];
  const before = (arrivals.get(node) ?? []).filter((a) => a.step < index);
  const earlier: Operand[] = before.flatMap((a) => a.slots.map((s) => s.share));
  const here = view.slots
    .filter((s) => s.node === node)
    .map(({ local, share }) => ({ local, share }));
  const key = `grad:${node}`;
  return [
    {
      id: key,
      kind: 'grad',
      step: index,
      value: trace.values.get(key) ?? NaN,
      symbol: texGrad(texSymbolOf({ kind, id: node })),
      target: `${domId}:grad`,
      targets: [`${domId}:grad`],
      hides: [key, `contrib:${view.gate}:${node}`],
      needs: [
        ...new Set([...step.reads, ...before.map((a) => domIdOf({ kind: 'gate', id: a.gate }))]),
      ],
      formula: { form: 'gate-grad', upstream: view.upstream, here, earlier },
    },
  ];
}
