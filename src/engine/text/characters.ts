/**
 * Characters that cannot be seen, or that change how the text around them is shown:
 * direction controls (a right-to-left override turns the rest of a sentence around),
 * zero-width and formatting characters, spaces that are not U+0020, control characters,
 * and a combining mark with nothing before it to sit on (it lands on the quote mark).
 * A message names them by code point and kind, so a person can see what was pasted.
 */

/** The kinds a message can name; each has a translated name (`char.KIND`). */
export const CHARACTER_KINDS = [
  'right-to-left-override',
  'left-to-right-override',
  'right-to-left-embedding',
  'left-to-right-embedding',
  'pop-directional-formatting',
  'right-to-left-isolate',
  'left-to-right-isolate',
  'first-strong-isolate',
  'pop-directional-isolate',
  'right-to-left-mark',
  'left-to-right-mark',
  'arabic-letter-mark',
  'zero-width-space',
  'zero-width-non-joiner',
  'zero-width-joiner',
  'word-joiner',
  'byte-order-mark',
  'soft-hyphen',
  'no-break-space',
  'narrow-no-break-space',
  'ideographic-space',
  'other-space',
  'line-separator',
  'paragraph-separator',
  'combining-mark',
  'control-character',
  'format-character',
  'private-use-character',
  'lone-surrogate',
  'noncharacter',
] as const;
export type CharacterKind = (typeof CHARACTER_KINDS)[number];

/** English names, for the engine's plain-English `message`s. */
export const CHARACTER_NAMES_EN: Readonly<Record<CharacterKind, string>> = {
  'right-to-left-override': 'right-to-left override',
  'left-to-right-override': 'left-to-right override',
  'right-to-left-embedding': 'right-to-left embedding',
  'left-to-right-embedding': 'left-to-right embedding',
  'pop-directional-formatting': 'pop directional formatting',
  'right-to-left-isolate': 'right-to-left isolate',
  'left-to-right-isolate': 'left-to-right isolate',
  'first-strong-isolate': 'first strong isolate',
  'pop-directional-isolate': 'pop directional isolate',
  'right-to-left-mark': 'right-to-left mark',
  'left-to-right-mark': 'left-to-right mark',
  'arabic-letter-mark': 'Arabic letter mark',
  'zero-width-space': 'zero-width space',
  'zero-width-non-joiner': 'zero-width non-joiner',
  'zero-width-joiner': 'zero-width joiner',
  'word-joiner': 'word joiner',
  'byte-order-mark': 'byte order mark',
  'soft-hyphen': 'soft hyphen',
  'no-break-space': 'no-break space',
  'narrow-no-break-space': 'narrow no-break space',
  'ideographic-space': 'ideographic space',
  'other-space': 'a space other than the ordinary one',
  'line-separator': 'line separator',
  'paragraph-separator': 'paragraph separator',
  'combining-mark': 'combining mark with no letter before it',
  'control-character': 'control character',
  'format-character': 'invisible formatting character',
  'private-use-character': 'private-use character',
  'lone-surrogate': 'half of a character (a lone surrogate)',
  noncharacter: 'noncharacter',
};

const BY_CODE_POINT: ReadonlyMap<number, CharacterKind> = new Map<number, CharacterKind>([
  [0x202e, 'right-to-left-override'],
  [0x202d, 'left-to-right-override'],
  [0x202b, 'right-to-left-embedding'],
  [0x202a, 'left-to-right-embedding'],
  [0x202c, 'pop-directional-formatting'],
  [0x2067, 'right-to-left-isolate'],
  [0x2066, 'left-to-right-isolate'],
  [0x2068, 'first-strong-isolate'],
  [0x2069, 'pop-directional-isolate'],
  [0x200f, 'right-to-left-mark'],
  [0x200e, 'left-to-right-mark'],
  [0x061c, 'arabic-letter-mark'],
  [0x200b, 'zero-width-space'],
  [0x200c, 'zero-width-non-joiner'],
  [0x200d, 'zero-width-joiner'],
  [0x2060, 'word-joiner'],
  [0xfeff, 'byte-order-mark'],
  [0x00ad, 'soft-hyphen'],
  [0x00a0, 'no-break-space'],
  [0x202f, 'narrow-no-break-space'],
  [0x3000, 'ideographic-space'],
  [0x2028, 'line-separator'],
  [0x2029, 'paragraph-separator'],
]);

/** `U+202E`: four to six upper-case hex digits, as Unicode writes code points. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The kind of a character a reader cannot see or that reorders its neighbours, or
 * undefined for an ordinary visible character (U+0020 included). `first` says whether it
 * starts the text, where a combining mark has nothing to sit on.
 */
export function hiddenKind(char: string, first: boolean): CharacterKind | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  // Printable ASCII, by far the most common case, without a lookup.
  if (codePoint >= 0x20 && codePoint < 0x7f) return undefined;
  const known = BY_CODE_POINT.get(codePoint);
  if (known !== undefined) return known;
  if (/^\p{Cc}$/u.test(char)) return 'control-character';
  if (/^\p{Cf}$/u.test(char)) return 'format-character';
  if (/^\p{Zs}$/u.test(char)) return 'other-space';
  if (/^\p{Co}$/u.test(char)) return 'private-use-character';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'lone-surrogate';
  if ((codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef))
    return 'noncharacter';
  if (first && /^\p{M}$/u.test(char)) return 'combining-mark';
  return undefined;
}

/** The first hidden character of `text`: its 1-based column (code points), code point and kind. */
export interface HiddenCharacter {
  readonly column: number;
  readonly codePoint: string;
  readonly kind: CharacterKind;
}

export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  let column = 0;
  for (const char of text) {
    column++;
    const kind = hiddenKind(char, column === 1);
    if (kind !== undefined)
      return { column, codePoint: codePointLabel(char.codePointAt(0) ?? 0), kind };
  }
  return undefined;
}

/** `U+202E (right-to-left override)`, in English, for the engine's messages. */
export function describeHidden(hidden: HiddenCharacter): string {
  return `${hidden.codePoint} (${CHARACTER_NAMES_EN[hidden.kind]})`;
}

/** Writes every hidden character as a `\uXXXX` escape: for paths, which are code, not prose. */
export function escapeHidden(text: string): string {
  let out = '';
  let first = true;
  for (const char of text) {
    if (hiddenKind(char, first) === undefined) out += char;
    else
      for (let i = 0; i < char.length; i++)
        out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    first = false;
  }
  return out;
}
