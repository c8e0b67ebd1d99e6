/**
 * Commas and dots in the digits of a typed number. A comma is a decimal point only where
 * it cannot be a thousands separator: `0,5`, `-1,25`, `1234,5` and `0,500` are decimals;
 * `1,000` and `12,345` could be either, so they are refused with both readings. Several
 * separators (`1,000,000`, `1.000,5`, `1,000.5`) are digit groups: refused, with the
 * number they most likely mean (the last separator is the decimal point).
 */
export type Separators =
  | { readonly kind: 'plain'; readonly number: string }
  | { readonly kind: 'decimal-comma'; readonly number: string }
  | { readonly kind: 'ambiguous'; readonly whole: string; readonly decimal: string }
  | { readonly kind: 'grouped'; readonly number: string }
  | { readonly kind: 'invalid' };

const count = (text: string, char: string): number => text.split(char).length - 1;

/** `500` → `5`, `000` → `0`: the decimal reading written as briefly as it stays a decimal. */
const trimDecimals = (digits: string): string => digits.replace(/0+$/, '') || '0';

/** Reads the separators of `digits` (only 0–9, `.` and `,`). */
export function readSeparators(digits: string): Separators {
  const commas = count(digits, ',');
  const dots = count(digits, '.');
  if (commas === 0 && dots <= 1) return { kind: 'plain', number: digits };
  if (commas === 1 && dots === 0) {
    const [whole = '', fraction = ''] = digits.split(',');
    if (fraction === '' || !/^\d*$/.test(whole)) return { kind: 'invalid' };
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
      return {
        kind: 'ambiguous',
        whole: `${whole}${fraction}`,
        decimal: `${whole}.${trimDecimals(fraction)}`,
      };
    }
    return { kind: 'decimal-comma', number: `${whole}.${fraction}` };
  }
  return grouped(digits, commas, dots);
}

function grouped(digits: string, commas: number, dots: number): Separators {
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const decimalChar = digits[last] ?? '.';
  // The last separator is the decimal point if it is the only one of its kind and the
  // other kind also appears; with one kind only, every separator groups digits.
  const mixed = commas > 0 && dots > 0;
  const groupChar = mixed ? (decimalChar === ',' ? '.' : ',') : decimalChar;
  const integer = mixed ? digits.slice(0, last) : digits;
  const fraction = mixed ? digits.slice(last + 1) : '';
  if (mixed && (count(fraction, ',') > 0 || count(fraction, '.') > 0)) return { kind: 'invalid' };
  const groups = integer.split(groupChar);
  const valid =
    /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (!valid || (mixed && fraction === '')) return { kind: 'invalid' };
  const number = groups.join('') + (mixed ? `.${fraction}` : '');
  return { kind: 'grouped', number };
}
