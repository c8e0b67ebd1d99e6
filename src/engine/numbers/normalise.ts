/**
 * The characters people type for numbers, mapped to the ASCII that `Number` reads.
 *
 * Signs: the Unicode minus − (which the app itself prints), the full-width －＋, the small
 * hyphen-minus ﹣, the hyphens ‐ ‑ and the en dash – (pasted from word processors).
 * Full-width digits ０–９, the full-width dot ．, the ideographic full stop 。 (what a
 * Chinese keyboard types for "."), the full-width comma ，, full-width parentheses （）
 * and ｅ/Ｅ. Times signs × · ⋅ ＊ * and superscript digits, for 1.2×10⁻⁵ as the diagram
 * shows numbers. Every space becomes one ASCII space.
 */

const SIGNS: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\uff0d': '-',
  '\ufe63': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\uff0b': '+',
};

/** Characters whose reading is a guess worth telling: "read as 0.5". */
const REINTERPRETED: Readonly<Record<string, string>> = {
  '\uff0e': '.',
  '\u3002': '.',
  '\uff0c': ',',
  '\uff08': '(',
  '\uff09': ')',
  '\uff45': 'e',
  '\uff25': 'e',
};

const TIMES = new Set(['\u00d7', '\u00b7', '\u22c5', '\uff0a', '*']);
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export interface Normalised {
  /** ASCII digits, signs, `.`, `,`, `e`, `(`, `)`, `×`, `^` and spaces, or other characters kept. */
  readonly text: string;
  /** True when a full-width or ideographic character was read as its ASCII twin. */
  readonly reinterpreted: boolean;
}

/** Maps typed characters to ASCII; characters it does not know are kept as they are. */
export function normaliseTyped(text: string): Normalised {
  let out = '';
  let reinterpreted = false;
  let inSuperscript = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // ASCII digits, signs and letters pass as they are (E as e), without lookups.
    if (code > 0x20 && code < 0x7f && char !== '*' && char !== '^') {
      inSuperscript = false;
      out += char === 'E' ? 'e' : char;
      continue;
    }
    const superscript =
      SUPERSCRIPTS.indexOf(char) >= 0 || char === '\u207b' || char === '\u207a' ? char : null;
    if (superscript !== null && !inSuperscript) out += '^';
    inSuperscript = superscript !== null;
    if (superscript !== null) {
      const digit = SUPERSCRIPTS.indexOf(char);
      out += digit >= 0 ? String(digit) : char === '\u207b' ? '-' : '+';
    } else if (code >= 0xff10 && code <= 0xff19) {
      out += String(code - 0xff10);
      reinterpreted = true;
    } else if (SIGNS[char] !== undefined) {
      out += SIGNS[char];
    } else if (REINTERPRETED[char] !== undefined) {
      out += REINTERPRETED[char];
      reinterpreted = true;
    } else if (TIMES.has(char)) {
      out += '×';
    } else if (/^\s$/u.test(char)) {
      out += ' ';
    } else {
      out += char === 'E' ? 'e' : char;
    }
  }
  return { text: out, reinterpreted };
}
