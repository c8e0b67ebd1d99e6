/**
 * Numbers for hint formulas, in TeX: four significant digits with trailing zeros
 * trimmed, as the formula panel shows them (0.9820, not 0.98201379), and
 * `1.2 \times 10^{-5}` below 10⁻³ or from 10⁵ on. The UI may pass its own formatter
 * instead, so that hints and panel agree to the digit.
 */
export type TexNumberFormat = (value: number) => string;

const SIGNIFICANT = 4;

const trimZeros = (text: string): string =>
  text.includes('.') ? text.replace(/\.?0+$/, '') : text;

/** The default formatter of hint numbers. */
export const texNumber: TexNumberFormat = (value) => {
  if (Number.isNaN(value)) return '\\mathrm{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= 1e5 || size < 1e-3) {
    const [mantissa = '', exponent = '0'] = value.toExponential(SIGNIFICANT - 1).split('e');
    return `${trimZeros(mantissa)} \\times 10^{${Number(exponent)}}`;
  }
  const decimals = Math.max(0, SIGNIFICANT - 1 - Math.floor(Math.log10(size)));
  const text = trimZeros(value.toFixed(Math.min(decimals, 10)));
  return text === '-0' ? '0' : text;
};

/** A number as a factor or a later term: negatives and products of ten in parentheses. */
export function wrapped(format: TexNumberFormat, value: number): string {
  const text = format(value);
  return text.startsWith('-') || text.includes('\\times') ? `(${text})` : text;
}
