/**
 * The size a label will take on screen, estimated from its characters without measuring
 * the DOM, so that the label placement is a pure function (and can run before anything is
 * drawn). The widths are those of DejaVu Sans, the widest of the fonts the app's font stack
 * falls back to (measured in Chromium at 100 px); narrower fonts (San Francisco, Segoe UI,
 * PingFang) only leave more room. Unknown characters count as wide.
 */

/** Advance widths in em of the regular face, by character. */
const WIDTHS: Readonly<Record<string, number>> = {
  '.': 0.32,
  ',': 0.32,
  ' ': 0.32,
  '-': 0.36,
  '/': 0.34,
  '(': 0.39,
  ')': 0.39,
  '′': 0.23,
  '−': 0.84,
  '+': 0.84,
  '=': 0.84,
  '×': 0.84,
  '→': 0.84,
  '←': 0.84,
  '·': 0.32,
  '∂': 0.52,
  '∇': 0.67,
  δ: 0.62,
  σ: 0.64,
  ŷ: 0.6,
  w: 0.82,
  m: 0.98,
  i: 0.28,
  l: 0.28,
  '⁻': 0.53,
};

const DIGIT = 0.64;
const LOWER = 0.62;
const UPPER = 0.78;
/** Sub- and superscript digits and letters. */
const SCRIPT = 0.41;
/** CJK ideographs and full-width punctuation. */
const WIDE = 1;
const OTHER = 0.84;
/** Bold glyphs are wider: digits by 9 %, the point by 19 %, letters by up to 23 % (σ). */
const BOLD_DIGIT = 1.1;
const BOLD_OTHER = 1.23;
/** The height of a line of text as Chromium boxes it (ascent + descent). */
export const LINE_HEIGHT_EM = 1.2;

function charWidth(c: string): number {
  const known = WIDTHS[c];
  if (known !== undefined) return known;
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code >= 0x61 && code <= 0x7a) return LOWER;
  if (code >= 0x41 && code <= 0x5a) return UPPER;
  if ((code >= 0x2070 && code <= 0x209f) || code === 0xb9 || code === 0xb2 || code === 0xb3)
    return SCRIPT;
  // CJK, kana, Hangul, full-width forms and CJK punctuation.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  )
    return WIDE;
  // Greek and other letters.
  if (code >= 0x370 && code <= 0x3ff) return 0.66;
  return OTHER;
}

/** The estimated width of `text` at `fontSize` CSS px (never less than the real width). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) {
    const w = charWidth(c);
    em += bold ? w * (c >= '0' && c <= '9' ? BOLD_DIGIT : BOLD_OTHER) : w;
  }
  return em * fontSize;
}

/** The box of a one-line label: its estimated width and height, in CSS px. */
export function textSize(
  text: string,
  fontSize: number,
  bold = false,
): { width: number; height: number } {
  return { width: textWidth(text, fontSize, bold), height: fontSize * LINE_HEIGHT_EM };
}
