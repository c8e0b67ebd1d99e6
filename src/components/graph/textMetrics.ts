/**
 * How much room a label of the graph diagram takes, without a browser: advance widths per
 * character (in em) and the height of a line, so that the layout can reserve space for
 * its labels and test that none overlap.
 *
 * The widths are those of DejaVu Sans Bold (the widest common sans-serif, and the font
 * Linux falls back to for `system-ui`), measured in Chromium and rounded up; Segoe UI,
 * San Francisco, Helvetica and Noto Sans are narrower, so a label never takes more room
 * than the layout gave it. Labels hold numbers, names and a few symbols; any other
 * character counts as a wide one.
 */

const WIDTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries([...'0123456789'].map((d) => [d, 0.7])),
  ...Object.fromEntries([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((d) => [d, 0.44])),
  '⁻': 0.53,
  '.': 0.38,
  ',': 0.38,
  ' ': 0.35,
  '−': 0.84,
  '-': 0.42,
  '+': 0.84,
  '×': 0.84,
  '÷': 0.84,
  '^': 0.84,
  Σ: 0.69,
  '∞': 0.84,
  '√': 0.67,
  σ: 0.78,
  '⋯': 1,
  '…': 1,
  _: 0.5,
  ...Object.fromEntries([...'ijlI'].map((c) => [c, 0.38])),
  ...Object.fromEntries([...'frtJ'].map((c) => [c, 0.5])),
  ...Object.fromEntries([...'mwMW'].map((c) => [c, 1.1])),
};

/** Any letter not in the table: as wide as the widest ordinary lower-case letters. */
const LETTER = 0.72;
/** Capitals and anything unexpected. */
const WIDE = 0.86;
/** Chinese characters (the sum's "n more" line), one em each. */
const CJK = 1;

/** Distance from the baseline to the top of a line of text, in em. */
export const ASCENT = 0.93;
/** Distance from the baseline to the bottom of a line of text, in em. */
export const DESCENT = 0.24;

/** Width of `text` at `fontSize` CSS pixels, never less than its rendered width. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text)
    em += WIDTHS[c] ?? (c >= 'a' && c <= 'z' ? LETTER : c >= '\u2e80' ? CJK : WIDE);
  return em * fontSize;
}

/** Font size of values, gradients and gate symbols (CSS pixels at scale 1). */
export const FONT_SIZE = 16;
/** Font size of gate ids and branch gradients: the smallest labels of the diagram. */
export const SMALL_FONT = 14;
/** A gradient label grows this much while the sum it completes is written out. */
export const SUMMING_FONT = 17;
