/** Measures the width of `text` in pixels, in the caption's font. */
export type Measure = (text: string) => number;

/** Characters one em wide (CJK ideographs and punctuation, kana, hangul, full-width forms). */
const WIDE_CHARS =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff' +
  '\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
/** A wide character, a run of white space, or a run of anything else (a word). */
const TOKEN = new RegExp(`[${WIDE_CHARS}]|\\s+|[^\\s${WIDE_CHARS}]+`, 'g');

/**
 * A width estimate without a browser: CJK characters are one em wide, other characters
 * about half an em. Used in tests and where no canvas can measure.
 */
export function estimateWidth(fontSize: number): Measure {
  return (text) => {
    let ems = 0;
    for (const c of text) ems += WIDE.test(c) ? 1 : 0.56;
    return ems * fontSize;
  };
}

/** Punctuation that must not start a line: it stays with the text before it. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…,.;:?!)']);

/**
 * Breaks `text` into lines no wider than `maxWidth`: between words in Latin script, between
 * any two characters in Chinese (never before closing punctuation). A single word longer
 * than a line gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line === '' || measure(candidate) <= maxWidth || NO_LINE_START.has(token[0] ?? '')) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
  }
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}
