import { PLAYGROUND_LIMITS } from '../../workers/playgroundProtocol';

/** Why a typed weight was not taken: it is no number, or beyond ±maxParameter. */
export type ParameterProblem =
  { readonly code: 'not-a-number'; readonly text: string } | { readonly code: 'too-large' };

export type ParsedParameter =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: ParameterProblem };

/** A plain decimal or scientific number, optionally signed. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A weight or bias as a user types it: "0.5", "-1.25", "2e-3", with a typographic minus
 * (−) or a full-width one (－) as the Chinese keyboards give, spaces around it ignored.
 */
export function parseParameter(text: string): ParsedParameter {
  const plain = text
    .trim()
    .replace(/^[−－]/, '-')
    .replace(/^＋/, '+');
  if (!NUMBER.test(plain))
    return { ok: false, problem: { code: 'not-a-number', text: text.trim().slice(0, 24) } };
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > PLAYGROUND_LIMITS.maxParameter)
    return { ok: false, problem: { code: 'too-large' } };
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * A value as the field shows it, in a form the user can type back: 4 significant digits,
 * "e" notation below 10⁻³ and from 10⁶ on (the page's ×10ⁿ cannot be typed).
 */
export function editableNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= 1e-3 && size < 1e6) return String(Number(value.toPrecision(4)));
  return value
    .toExponential(3)
    .replace(/\.?0+e/, 'e')
    .replace('e+', 'e');
}
