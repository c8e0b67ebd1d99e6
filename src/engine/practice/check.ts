import type { Formula } from './formula';

/**
 * When an answer counts as right (DESIGN.md, practice mode): within 1% of the true value,
 * relative; and for a true value below 10⁻⁶ in magnitude, where a relative error means
 * nothing, any answer below 10⁻⁶ in magnitude.
 *
 * An update θ′ = θ − η·∂L/∂θ must also take the step: the change the answer implies,
 * answer − θ, must be within 25% of the true change (when that is not 0). With the 1% rule
 * alone, typing the unchanged θ would count as right whenever η·∂L/∂θ is under 1% of θ
 * (9 of the lecture network's 18 updates): the one thing the update asks, the step, would
 * go unchecked. 25% leaves room for rounding the change to two significant digits.
 */

/** The relative tolerance of an answer: 1%. */
export const RELATIVE_TOLERANCE = 0.01;
/** Below this magnitude a value counts as zero, and so does an answer. */
export const ZERO_THRESHOLD = 1e-6;
/** How far an update's implied change may be from the true change, relative: 25%. */
export const UPDATE_CHANGE_TOLERANCE = 0.25;

/**
 * Slack for the float64 rounding of the comparison itself, so that an answer exactly 1%
 * away (0.99 for 1) is inside, as a person reading "within 1%" expects.
 */
const ROUNDING_SLACK = 1e-9;

/**
 * Whether `answer` is within `tolerance` of `truth` (the number rule, for any value).
 * Non-finite numbers are never right (and the trace's non-finite values are never asked).
 */
export function isRightAnswer(
  truth: number,
  answer: number,
  tolerance = RELATIVE_TOLERANCE,
): boolean {
  if (!Number.isFinite(truth) || !Number.isFinite(answer)) return false;
  const size = Math.abs(truth);
  if (size < ZERO_THRESHOLD) return Math.abs(answer) < ZERO_THRESHOLD;
  return Math.abs(answer - truth) <= tolerance * size * (1 + ROUNDING_SLACK);
}

/** A value with the formula that computes it: a question, or a mistake's number. */
export interface Target {
  readonly formula: Formula;
  readonly value: number;
}

/** The change an update makes, value − θ; `undefined` for any other formula. */
function changeOf(target: Target): number | undefined {
  return target.formula.form === 'update' ? target.value - target.formula.param.value : undefined;
}

/**
 * Whether `answer` is right for `target`: the number rule ({@link isRightAnswer}) and, for
 * an update whose true change is not 0, the change rule (answer − θ within 25% of it).
 */
export function isRightFor(
  target: Target,
  answer: number,
  tolerance = RELATIVE_TOLERANCE,
): boolean {
  if (!isRightAnswer(target.value, answer, tolerance)) return false;
  const change = changeOf(target);
  if (change === undefined || change === 0 || target.formula.form !== 'update') return true;
  const implied = answer - target.formula.param.value;
  return Math.abs(implied - change) <= UPDATE_CHANGE_TOLERANCE * Math.abs(change);
}

/**
 * Whether an update answer leaves θ (nearly) where it was: its implied change is under a
 * quarter of the true one. The feedback then says "you did not take the step".
 */
export function tookNoStep(target: Target, answer: number): boolean {
  const change = changeOf(target);
  if (change === undefined || change === 0 || target.formula.form !== 'update') return false;
  return Math.abs(answer - target.formula.param.value) < UPDATE_CHANGE_TOLERANCE * Math.abs(change);
}
