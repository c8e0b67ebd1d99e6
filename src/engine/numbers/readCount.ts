import { issue, type InputIssue } from '../issues';
import { groupDigits } from '../text/userText';
import { readTypedNumber } from './readTypedNumber';

/**
 * A whole number from 0 to `limit` (a step, a training iteration), from a link's text
 * (`iteration=1e9`) or from stored JSON (`t: 1e15`). Over the limit is `above-limit`,
 * whose message names the limit ("is too large (the limit is 1,000,000)"); anything else
 * that is not a whole number ≥ 0 is `not-whole`, for the caller's own issue code.
 */
export type CountReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: 'not-whole' }
  | { readonly ok: false; readonly code: 'above-limit'; readonly issue: InputIssue };

export function readCount(value: unknown, limit: number, path: string): CountReading {
  const n = numberOf(value);
  if (n > limit) {
    const message = `is too large (the limit is ${groupDigits(limit)})`;
    return {
      ok: false,
      code: 'above-limit',
      issue: issue(path, 'above-limit', message, { limit }),
    };
  }
  if (!Number.isSafeInteger(n) || n < 0) return { ok: false, code: 'not-whole' };
  // `-0` is 0: a count has no sign.
  return { ok: true, value: n + 0 };
}

/** The number a value stands for; text too large for a float64 (1e999) stands for ±∞. */
function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const read = readTypedNumber(value);
  if (read.ok) return read.value;
  if (read.code !== 'too-large') return NaN;
  return /^\s*[-\u2212\uff0d]/.test(value) ? -Infinity : Infinity;
}
