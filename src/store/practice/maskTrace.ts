import { maskStep, type PracticePlan, type Trace, type TraceStep } from '../../engine';

/**
 * The trace with the numbers of `hidden` keys taken out: absent from its values (so
 * `valueAt` gives `undefined`, as for a step that has not run), NaN in the steps' operands
 * and results (the engine's `maskStep` decides which, unkeyed operands included), and
 * left out of the steps' `reveals` (a hidden value does not become known at its step).
 * The steps, phases and step positions are otherwise the trace's own. Pure.
 */
export function maskTrace(trace: Trace, plan: PracticePlan, hidden: ReadonlySet<string>): Trace {
  if (hidden.size === 0) return trace;
  const values = new Map<string, number>();
  for (const [key, value] of trace.values) if (!hidden.has(key)) values.set(key, value);
  const steps = trace.steps.map((step, index) => maskedStep(plan, step, index, hidden));
  return { ...trace, steps, values };
}

function maskedStep(
  plan: PracticePlan,
  step: TraceStep,
  index: number,
  hidden: ReadonlySet<string>,
): TraceStep {
  const mask = maskStep(plan, step, index, hidden);
  const touched =
    mask.result || mask.operands.some(Boolean) || step.reveals.some((key) => hidden.has(key));
  if (!touched) return step;
  return {
    ...step,
    result: mask.result ? NaN : step.result,
    operands: step.operands.map((o, i) => (mask.operands[i] === true ? { ...o, value: NaN } : o)),
    reveals: step.reveals.filter((key) => !hidden.has(key)),
  };
}
