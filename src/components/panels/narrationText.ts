import type { Translate } from '../../i18n/translate';
import { formatNumber, formatOperand } from '../../lib/format';

/**
 * The small pieces a narration sentence is made of, in the page's language: numbers (NaN
 * in words, never as if it were a number), operands (negatives in parentheses), lists
 * ("a, b and c"), and long sums elided in the middle.
 */
export interface NarrationWords {
  readonly t: Translate;
  /** A number standing on its own: "−0.0903". */
  readonly num: (value: number | undefined) => string;
  /** A number after an operator: "(−0.0903)". */
  readonly op: (value: number | undefined) => string;
  /** Items as a list: "z₅ and z₆", "y₁ = 0.618, y₂ = 0.829". */
  readonly list: (items: readonly string[]) => string;
}

/** The words for `t`'s language. */
export function narrationWords(t: Translate): NarrationWords {
  const notReal = t('value.notReal');
  const real = (value: number | undefined): value is number =>
    value !== undefined && !Number.isNaN(value);
  return {
    t,
    num: (value) => (real(value) ? formatNumber(value) : notReal),
    op: (value) => (real(value) ? formatOperand(value) : notReal),
    list: (items) => listOf(items, t),
  };
}

/** Long lists keep their first two items and their last: "z₅, z₆, …, z₁₂". */
const LIST_LIMIT = 4;

function listOf(items: readonly string[], t: Translate): string {
  const shown = items.length > LIST_LIMIT ? [...items.slice(0, 2), '…', ...items.slice(-1)] : items;
  const last = shown[shown.length - 1] ?? '';
  if (shown.length < 2) return last;
  return t('list.and', {
    first: shown.slice(0, -1).join(t('list.separator')),
    last,
  });
}

/** Terms of a sum, elided in the middle when there are many: "a + b + … + z". */
export function sumOf(terms: readonly string[]): string {
  return (terms.length > LIST_LIMIT ? [...terms.slice(0, 2), '…', ...terms.slice(-1)] : terms).join(
    ' + ',
  );
}
