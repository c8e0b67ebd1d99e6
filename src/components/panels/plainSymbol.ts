/**
 * The network trace names its quantities in TeX (`w_{5,3}`, `\delta_{5}`,
 * `\frac{\partial C}{\partial y_{1}}`); a sentence quotes them as plain text with Unicode
 * subscripts (w₅,₃, δ₅, ∂C/∂y₁), the way the lecture's slides write them.
 */

const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  x: 'ₓ',
};

const lower = (text: string): string => [...text].map((c) => SUBSCRIPTS[c] ?? c).join('');

/** A TeX symbol of the network trace as plain text: `\frac{\partial C}{\partial a_{3}}` → ∂C/∂a₃. */
export function plainSymbol(tex: string): string {
  return tex
    .replace(
      /\\frac\{\\partial ([^{}]+(?:\{[^{}]*\})?)\}\{\\partial ([^{}]+(?:\{[^{}]*\})?)\}/g,
      '∂$1/∂$2',
    )
    .replace(/\\hat\{(\w)\}/g, (_m, c: string) => (c === 'y' ? 'ŷ' : `${c}\u0302`))
    .replace(/\\delta/g, 'δ')
    .replace(/\\sigma/g, 'σ')
    .replace(/\\eta/g, 'η')
    .replace(/_\{([^{}]*)\}/g, (_m, sub: string) => lower(sub))
    .replace(/'/g, '′')
    .replace(/\\,|\\;/g, ' ');
}
