/**
 * The trace: the ordered list of elementary steps a learner walks through.
 *
 * It is plain data, and it holds everything the step-by-step view needs: the value of any
 * quantity once `c` steps have run is a lookup ({@link valueAt}), which is what makes
 * stepping backwards as cheap as stepping forwards.
 */
import type { GraphTraceStep } from './graph/steps';
import type { NetworkTraceStep } from './network/steps';

/** The phases of a pass, in the order they run. Graph traces use forward and backward. */
export type Phase = 'forward' | 'cost' | 'backward' | 'gradients' | 'update';

/** One input of a step's formula: its symbol (TeX), its value and where it lives. */
export interface Operand {
  /** TeX for the symbol, for example `w^{2}_{1,1}` or `a^{1}_{1}`. */
  readonly symbol: string;
  readonly value: number;
  /** Quantity key of the operand, when it is a value of the trace. */
  readonly key?: string;
}

/**
 * What every step has, whatever its kind: the phase it belongs to, the elements it reads
 * and writes, the quantities it reveals, its operands and its result. `K` is the step's
 * kind, `N` its narration key and `P` the values its narration sentence quotes.
 */
export interface TraceStepOf<Ph extends Phase, K extends string, N extends string, P> {
  readonly phase: Ph;
  /** What kind of elementary computation this is; selects the formula and narration. */
  readonly kind: K;
  /** Stable DOM ids of the elements read (`neuron-1-0`, `edge-1-0-1`, `gate-g3`). */
  readonly reads: readonly string[];
  /** Stable DOM ids of the elements written. */
  readonly writes: readonly string[];
  /** Quantity keys (see {@link Trace.values}) that become known when this step runs. */
  readonly reveals: readonly string[];
  readonly operands: readonly Operand[];
  /** TeX symbol of the result. */
  readonly resultSymbol: string;
  readonly result: number;
  /** Selects the narration sentence in the i18n dictionaries. */
  readonly narrationKey: N;
  /** Values interpolated into the narration: layer and neuron numbers, names. */
  readonly params: Readonly<P>;
}

/**
 * One step of any trace: a network step or a graph step, told apart by `kind`. A `switch`
 * on `kind` narrows `params` and `narrationKey` to that kind's own.
 */
export type TraceStep = NetworkTraceStep | GraphTraceStep;

/** Every kind of step, network and graph. */
export type TraceStepKind = TraceStep['kind'];

/** Which trace each kind of step belongs to; a new kind must say. */
const TRACE_OF_KIND: Readonly<Record<TraceStepKind, 'network' | 'graph'>> = {
  z: 'network',
  a: 'network',
  cost: 'network',
  dCdy: 'network',
  sum: 'network',
  amp: 'network',
  dW: 'network',
  db: 'network',
  'update-w': 'network',
  'update-b': 'network',
  'gate-forward': 'graph',
  seed: 'graph',
  'gate-backward': 'graph',
};

/** True for a step of a network trace (then a `switch` on its kind covers ten kinds). */
export function isNetworkStep(step: TraceStep): step is NetworkTraceStep {
  return TRACE_OF_KIND[step.kind] === 'network';
}

/** True for a step of a graph trace (then a `switch` on its kind covers three kinds). */
export function isGraphStep(step: TraceStep): step is GraphTraceStep {
  return TRACE_OF_KIND[step.kind] === 'graph';
}

export interface PhaseSpan {
  readonly phase: Phase;
  /** Index of the first step of the phase. */
  readonly start: number;
  /** One past the index of the last step of the phase. */
  readonly end: number;
}

/** A trace; `S` narrows its steps, for example to a network's. */
export interface Trace<S extends TraceStep = TraceStep> {
  readonly steps: readonly S[];
  /** Every quantity's final value, by key (`z:2:1`, `delta:3:0`, `value:g4`, …). */
  readonly values: ReadonlyMap<string, number>;
  /** For every quantity key, the index of the step that reveals it. */
  readonly revealedAt: ReadonlyMap<string, number>;
  readonly phases: readonly PhaseSpan[];
  /** The steps' facts without making them, where the trace can say them (see StepFacts). */
  readonly facts?: StepFacts;
}

/** What a phase's summary weighs of a step: its kind and numbers, not its text. */
export interface StepFact {
  readonly kind: TraceStep['kind'];
  readonly result: number;
  /** An update's change, θ′ − θ (computed as its step computes it); NaN for other steps. */
  readonly change: number;
  /** The output number of an output neuron's activation step (1, 2, …); 0 otherwise. */
  readonly output: number;
}

/**
 * The facts of a trace's steps read one at a time without making the steps (a large
 * network's lazy trace makes its 45,000 update steps only when they are read). They
 * describe one array of steps and nothing else: a trace that changes its steps (practice
 * masks some results) keeps this object but not the array, so readers first ask whether
 * it `describes` the trace's steps. (The array is not held as a field, so that nothing
 * reaches the unmasked steps through a masked trace.)
 */
export interface StepFacts {
  describes(steps: readonly TraceStep[]): boolean;
  fact(index: number): StepFact | undefined;
}

/**
 * The value of a quantity once `cursor` steps have run, or `undefined` while it is not
 * computed yet. Keys that no step reveals (inputs, parameters) are always known.
 */
export function valueAt(trace: Trace, key: string, cursor: number): number | undefined {
  const at = trace.revealedAt.get(key);
  if (at !== undefined && at >= cursor) return undefined;
  return trace.values.get(key);
}

/** Groups consecutive steps of the same phase; steps must already be in phase order. */
export function phaseSpans(steps: readonly TraceStep[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  steps.forEach((step, i) => {
    const last = spans[spans.length - 1];
    if (last !== undefined && last.phase === step.phase) {
      spans[spans.length - 1] = { ...last, end: i + 1 };
    } else {
      spans.push({ phase: step.phase, start: i, end: i + 1 });
    }
  });
  return spans;
}

/** Builds a {@link Trace} from its steps and the final values of all quantities. */
export function makeTrace<S extends TraceStep>(
  steps: readonly S[],
  values: ReadonlyMap<string, number>,
): Trace<S> {
  const revealedAt = new Map<string, number>();
  steps.forEach((step, i) => {
    for (const key of step.reveals) if (!revealedAt.has(key)) revealedAt.set(key, i);
  });
  return { steps, values, revealedAt, phases: phaseSpans(steps) };
}
