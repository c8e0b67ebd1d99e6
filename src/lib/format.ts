/**
 * Numbers as people read them on the diagram: a few significant digits, a real minus
 * sign, no "-0", and exponents written 1.2×10⁻⁵ style only when they are needed. The DOM
 * test hooks carry full precision; this is only for eyes.
 */
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

export const MINUS = '\u2212';

export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return `${MINUS}∞`;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-3) {
    const [mantissa = '', exponent = ''] = value.toExponential(Math.max(0, digits - 1)).split('e');
    const m = trimZeros(mantissa);
    const e = exponent.replace('+', '');
    return `${m.replace('-', MINUS)}×10${[...e].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  }
  // Keep at least two decimals for values below 1 so 0.98 and 0.12 read as on the slides.
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(magnitude)));
  const text = trimZeros(value.toFixed(Math.min(decimals, 10)));
  return text === '-0' || text === '0' ? (value < 0 ? `${MINUS}0` : '0') : text.replace('-', MINUS);
}

/**
 * A value and what it becomes, with the fewest significant digits (at least `digits`, at
 * most 12, and no more than ten decimals below 1) that tell them apart: an update of 1 by −4.9×10⁻⁵ reads "1 → 0.99995", not
 * "1 → 1", which looks as if nothing moved. Equal values keep `digits`.
 *
 * @example formatChange(1, 0.99995) // ['1', '0.99995']
 */
export function formatChange(from: number, to: number, digits = 3): [string, string] {
  if (Object.is(from, to) || !Number.isFinite(from) || !Number.isFinite(to))
    return [formatNumber(from, digits), formatNumber(to, digits)];
  for (let d = digits; d < 12; d++) {
    const a = formatNumber(from, d);
    const b = formatNumber(to, d);
    if (a !== b) return [a, b];
  }
  return [formatNumber(from, 12), formatNumber(to, 12)];
}

/** Full precision, for the inspector: what the engine holds, minus signs typeset. */
export function formatFull(value: number): string {
  return Number.isFinite(value) ? String(value).replace('-', MINUS) : formatNumber(value);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → ₁₂: subscripts for plain-text labels (z₃, ∂C/∂a₄). */
export function subscript(n: number | string): string {
  return [...String(n)].map((c) => (c >= '0' && c <= '9' ? (SUB[Number(c)] ?? c) : c)).join('');
}

/**
 * A number as an operand in a sentence: like {@link formatNumber}, in parentheses when it
 * is negative, so that "4 + (−3)" and "(−3) × (−2)" never read as "4 + −3" or "−3 × −2".
 */
export function formatOperand(value: number, digits = 3): string {
  const text = formatNumber(value, digits);
  return text.startsWith(MINUS) ? `(${text})` : text;
}

/** A count for reading, rounded, with thousands separators: 102800.4 → "102,800". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A share of a whole as a percentage for a sentence: 0.236 → "24%", 0.0177 → "1.8%". */
export function formatShare(fraction: number): string {
  return `${formatNumber(Math.abs(fraction) * 100, 2)}%`;
}

/**
 * Sentences joined into one paragraph: a space between English sentences, none after a
 * Chinese full stop (or any full-width mark), as Chinese is written.
 */
export function joinSentences(...sentences: readonly string[]): string {
  return sentences
    .filter((s) => s !== '')
    .reduce((text, next) => text + sentenceGap(text) + next, '');
}

/** What goes after `before` when a sentence follows it: a space, or nothing after 。 and the like. */
export function sentenceGap(before: string): string {
  return before === '' || /[。！？；：）」』]$/.test(before) ? '' : ' ';
}
