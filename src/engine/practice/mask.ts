import { valueAt, type Trace } from '../trace';
import type { PracticePlan, Question } from './questions';
import type { PracticeTraceStep } from './stepView';

/**
 * What practice hides, as a function of (plan, answered, cursor) only, so that the store
 * can derive it in a selector and every view (diagram, inspector, formula, narration,
 * export, DOM attributes) reads numbers through it.
 *
 * `answered` holds the ids of the questions that are settled: answered right, or
 * revealed with "show me". A question is open once its step has run (`cursor > step`)
 * and until it is settled.
 */

/**
 * The furthest the cursor may go: one past the step of the first unsettled question (so
 * that this question is on screen), or the end of the trace. The store clamps every
 * move (→, End, the timeline, a link's `step=`) to it.
 */
export function practiceCursorLimit(plan: PracticePlan, answered: ReadonlySet<string>): number {
  const next = plan.questions.find((q) => !answered.has(q.id));
  return next === undefined ? plan.steps.length : next.step + 1;
}

/** The open questions at `cursor`, in order: what the answer box asks now. */
export function openQuestions(
  plan: PracticePlan,
  answered: ReadonlySet<string>,
  cursor: number,
): Question[] {
  return plan.questions.filter((q) => q.step < cursor && !answered.has(q.id));
}

/**
 * Every quantity key that must not be shown at `cursor`, on top of what {@link valueAt}
 * already hides (values of steps that have not run).
 *
 * For each open question: its own key and the keys its step reveals that give it away
 * (`Question.hides`: for a graph gradient, the share the last gate sends). Then, were the
 * cursor past its step, everything computed from a hidden key, step after step: a step
 * that depends on a hidden key (through an operand, or through what its unkeyed operands
 * stand for) hides all it reveals. So an open δ hides the ∂C/∂w and ∂C/∂b made from it,
 * the δ of the layers before, the updates, and so on.
 */
export function maskedKeys(
  plan: PracticePlan,
  answered: ReadonlySet<string>,
  cursor: number,
): ReadonlySet<string> {
  const open = openQuestions(plan, answered, cursor);
  const masked = new Set<string>();
  const first = open[0];
  if (first === undefined) return masked;
  const end = Math.min(cursor, plan.steps.length);
  let next = 0;
  for (let t = first.step; t < end; t++) {
    const step = plan.steps[t];
    if (step !== undefined && step.deps.some((k) => masked.has(k))) {
      for (const key of step.reveals) masked.add(key);
    }
    for (let q = open[next]; q !== undefined && q.step === t; q = open[++next]) {
      for (const key of q.hides) masked.add(key);
    }
  }
  return masked;
}

/** {@link valueAt} with practice's mask applied: `undefined` while a value is hidden. */
export function practiceValueAt(
  trace: Trace,
  masked: ReadonlySet<string>,
  key: string,
  cursor: number,
): number | undefined {
  return masked.has(key) ? undefined : valueAt(trace, key, cursor);
}

/** Which numbers of one step's formula to leave out (`true` = hidden). */
export interface StepMask {
  readonly result: boolean;
  /** One entry per operand, in order. */
  readonly operands: readonly boolean[];
}

/**
 * What the formula and narration of step `index` may show. A keyed operand is hidden with
 * its key; an unkeyed one (a graph gate's local gradient, η) when what it stands for is
 * hidden; the result with its key.
 */
export function maskStep(
  plan: PracticePlan,
  step: PracticeTraceStep,
  index: number,
  masked: ReadonlySet<string>,
): StepMask {
  const info = plan.steps[index];
  const unkeyedHidden = info?.hiddenDeps.some((k) => masked.has(k)) ?? false;
  const resultKey = info?.resultKey;
  return {
    result: resultKey !== undefined && masked.has(resultKey),
    operands: step.operands.map((o) => (o.key === undefined ? unkeyedHidden : masked.has(o.key))),
  };
}
