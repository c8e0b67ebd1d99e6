/**
 * Numbers as Python 3 writes them, for the book's script and its printout: an int is
 * written as an int; a float by `repr` (the shortest text that reads back the same, as in
 * JavaScript, but `2.0` not `2`, `1e-05` not `0.00001`, `inf` and `nan`). Values carry
 * whether Python would hold them as an int: int × int and int + int stay ints, anything
 * with a float is a float.
 */
export interface PyValue {
  readonly value: number;
  readonly isInt: boolean;
}

/** A literal the script assigns: an integral input is written as an int, as the book does. */
export const pyLiteral = (value: number): PyValue => ({
  value,
  isInt: Number.isSafeInteger(value),
});

/** `a * b` or `a + b` in Python: an int only when both are. */
export const pyCombine = (value: number, ...operands: readonly PyValue[]): PyValue => ({
  value,
  isInt: operands.every((o) => o.isInt) && Number.isSafeInteger(value),
});

/** What `print(x)` shows. */
export function pyText({ value, isInt }: PyValue): string {
  if (isInt) return String(value);
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [digits = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  // Python's repr switches to scientific notation below 1e-4 and from 1e16 on.
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = String(value);
  return text.includes('.') || text.includes('e') ? text : `${text}.0`;
}

/** What `print(int(x))` shows, or the error Python stops with for inf and nan. */
export function pyIntText({ value }: PyValue): { readonly ok: boolean; readonly text: string } {
  if (Number.isNaN(value))
    return { ok: false, text: 'ValueError: cannot convert float NaN to integer' };
  if (!Number.isFinite(value))
    return { ok: false, text: 'OverflowError: cannot convert float infinity to integer' };
  const truncated = Math.trunc(value);
  return {
    ok: true,
    text: Number.isSafeInteger(truncated) ? String(truncated) : BigInt(truncated).toString(),
  };
}
