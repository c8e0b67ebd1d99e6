/**
 * Reads the number a student types, from any keyboard: a Chinese IME's full-width digits
 * and signs (０-９, －, ＋, ．, ，, 。), the typographic minus −, spaces anywhere, a
 * leading +, and scientific notation (1e-3, 1×10⁻³, 1*10^-3, 10^-3).
 *
 * A comma is a decimal comma only where it cannot be a thousands separator: `0,5` and
 * `2,75` are 0.5 and 2.75, `1,234.5` and `1,000,000` are groupings, but `1,000` could be
 * either and is refused as ambiguous rather than guessed. Anything else is refused.
 */

/** Why a text is not read as a number. */
export type NumberReadError = 'empty' | 'ambiguous-separator' | 'invalid';

export type NumberReadResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: NumberReadError };

/** Longer input is refused outright: no number a student types is this long. */
export const MAX_ANSWER_LENGTH = 64;

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁺': '+',
  '⁻': '-',
};

/** Dashes people type for a minus (NFKC leaves these alone): −, ‐, ‑, ‒, –. */
const MINUS_LIKE = /[\u2212\u2010\u2011\u2012\u2013]/g;
/** The ideographic full stop, which a Chinese IME may type for the decimal point. */
const IDEOGRAPHIC_STOP = /\u3002/g;

/** ASCII text with spaces removed: what the grammar below reads. */
function normalise(text: string): string {
  return (
    text
      // Superscripts first: NFKC would turn 10⁻³ into 10−3.
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/g, (run) => `^(${[...run].map((c) => SUPERSCRIPTS[c]).join('')})`)
      .normalize('NFKC')
      .replace(MINUS_LIKE, '-')
      .replace(IDEOGRAPHIC_STOP, '.')
      .replace(/\s+/g, '')
  );
}

const EXPONENT = String.raw`(?:\(([+-]?\d+)\)|([+-]?\d+))`;
const E_NOTATION = /^(.+?)[eE]([+-]?\d+)$/;
const TIMES_POWER = new RegExp(String.raw`^(.+?)[x×*·⋅]10(?:\^|\*\*)${EXPONENT}$`);
const POWER_ONLY = new RegExp(String.raw`^10(?:\^|\*\*)${EXPONENT}$`);

/** Splits off an exponent: mantissa text and the power of ten. */
function splitExponent(body: string): { mantissa: string; exponent: string } {
  const power = POWER_ONLY.exec(body);
  if (power !== null) return { mantissa: '1', exponent: power[1] ?? power[2] ?? '0' };
  const times = TIMES_POWER.exec(body);
  if (times !== null) return { mantissa: times[1] ?? '', exponent: times[3] ?? times[2] ?? '0' };
  const e = E_NOTATION.exec(body);
  if (e !== null) return { mantissa: e[1] ?? '', exponent: e[2] ?? '0' };
  return { mantissa: body, exponent: '0' };
}

type Mantissa = { readonly digits: string } | { readonly error: NumberReadError };

/** A mantissa with its separators resolved to at most one `.`, or why it cannot be. */
function readMantissa(text: string): Mantissa {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas === 0)
    return /^(\d+\.?\d*|\.\d+)$/.test(text) ? { digits: text } : { error: 'invalid' };
  // Commas with a decimal point after them, or two or more: thousands separators.
  const grouped =
    (dots === 1 && /^\d{1,3}(,\d{3})+\.\d*$/.test(text)) ||
    (dots === 0 && commas >= 2 && /^\d{1,3}(,\d{3})+$/.test(text));
  if (grouped) return { digits: text.replace(/,/g, '') };
  if (dots > 0 || commas > 1) return { error: 'invalid' };
  // One comma: 1,000 or 12,345 could be a grouping; 0,500 or 2,75 cannot.
  if (/^[1-9]\d{0,2},\d{3}$/.test(text)) return { error: 'ambiguous-separator' };
  return /^(\d+,\d*|,\d+)$/.test(text) ? { digits: text.replace(',', '.') } : { error: 'invalid' };
}

/** Reads a typed answer. Never throws. */
export function readNumber(text: string): NumberReadResult {
  if (text.length > MAX_ANSWER_LENGTH) return { ok: false, code: 'invalid' };
  const normal = normalise(text);
  if (normal === '') return { ok: false, code: 'empty' };
  const signed = /^([+-]?)(.*)$/.exec(normal);
  const sign = signed?.[1] ?? '';
  const { mantissa, exponent } = splitExponent(signed?.[2] ?? '');
  const read = readMantissa(mantissa);
  if ('error' in read) return { ok: false, code: read.error };
  const value = Number(`${sign}${read.digits}e${exponent}`);
  if (!Number.isFinite(value)) return { ok: false, code: 'invalid' };
  return { ok: true, value: value === 0 ? 0 : value };
}
