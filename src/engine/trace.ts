/**
 * The trace: the ordered list of elementary steps a learner walks through.
 *
 * It is plain data. The UI never recomputes anything: what is on screen at cursor `c`
 * (the number of steps that have run) is derived from the trace alone, which is what
 * makes stepping backwards as cheap as stepping forwards.
 */

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

export interface TraceStep {
  readonly phase: Phase;
  /** What kind of elementary computation this is; selects the formula and narration. */
  readonly kind: string;
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
  /** Selects the formula template (`z`, `a`, `amp`, …). */
  readonly formulaKey: string;
  /** Selects the narration sentence in the i18n dictionaries. */
  readonly narrationKey: string;
  /** Values interpolated into the narration: layer and neuron numbers, names. */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface PhaseSpan {
  readonly phase: Phase;
  /** Index of the first step of the phase. */
  readonly start: number;
  /** One past the index of the last step of the phase. */
  readonly end: number;
}

export interface Trace {
  readonly steps: readonly TraceStep[];
  /** Every quantity's final value, by key (`z:2:1`, `delta:3:0`, `value:g4`, …). */
  readonly values: ReadonlyMap<string, number>;
  /** For every quantity key, the index of the step that reveals it. */
  readonly revealedAt: ReadonlyMap<string, number>;
  readonly phases: readonly PhaseSpan[];
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
export function makeTrace(steps: readonly TraceStep[], values: ReadonlyMap<string, number>): Trace {
  const revealedAt = new Map<string, number>();
  steps.forEach((step, i) => {
    for (const key of step.reveals) if (!revealedAt.has(key)) revealedAt.set(key, i);
  });
  return { steps, values, revealedAt, phases: phaseSpans(steps) };
}
