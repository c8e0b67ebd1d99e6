/**
 * Whether a decimal literal survives as a float64. `Number('1e309')` is Infinity and
 * `Number('1e-400')` is 0: both would store something other than what was written, so
 * every reader of typed numbers (fields, expressions, scenario files) refuses them.
 */
export type MagnitudeProblem = 'too-large' | 'too-small';

/**
 * `too-large` when `value` (what `Number(literal)` gave) is infinite, `too-small` when it
 * is 0 although the literal's digits are not all zeros; otherwise undefined.
 */
export function magnitudeProblem(literal: string, value: number): MagnitudeProblem | undefined {
  if (value === Infinity || value === -Infinity) return 'too-large';
  if (value !== 0) return undefined;
  const mantissa = literal.split(/[eE]/)[0] ?? '';
  return /[1-9]/.test(mantissa) ? 'too-small' : undefined;
}

/** The largest finite float64, about 1.8 × 10³⁰⁸, as messages write it. */
export const LARGEST_TEXT = '1.8 × 10³⁰⁸';

/** The smallest positive float64 (a subnormal), about 4.9 × 10⁻³²⁴. */
export const SMALLEST_TEXT = '4.9 × 10⁻³²⁴';
