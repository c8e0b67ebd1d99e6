/**
 * When an answer counts as right (DESIGN.md, practice mode): within 1% of the true value,
 * relative; and for a true value below 10⁻⁶ in magnitude, where a relative error means
 * nothing, any answer below 10⁻⁶ in magnitude.
 */

/** The relative tolerance of an answer: 1%. */
export const RELATIVE_TOLERANCE = 0.01;
/** Below this magnitude a value counts as zero, and so does an answer. */
export const ZERO_THRESHOLD = 1e-6;

/**
 * Slack for the float64 rounding of the comparison itself, so that an answer exactly 1%
 * away (0.99 for 1) is inside, as a person reading "within 1%" expects.
 */
const ROUNDING_SLACK = 1e-9;

/**
 * Whether `answer` is right for `truth`. Non-finite numbers are never right (and the
 * trace's non-finite values are never asked).
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
