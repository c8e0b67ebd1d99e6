import { codePointLabel, hiddenKind } from './characters';

/**
 * Text a person typed or pasted, made safe to quote in a message:
 *
 * - at most {@link QUOTE_LIMIT} characters (code points) are quoted, so a pasted
 *   10,000-character value is shown as its start, an ellipsis and its length;
 * - every hidden character (see characters.ts) is written as its code point, `⟨U+200B⟩`,
 *   so nothing in the quote is invisible and nothing in it can turn the sentence around;
 * - the UI wraps the quote in Unicode isolates ({@link isolate}) or `<bdi>`, so that even
 *   right-to-left letters inside it leave the punctuation around it in place.
 */

/** The most characters of user text a message quotes. */
export const QUOTE_LIMIT = 32;

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the quote keeps its own direction. */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

export interface ClippedText {
  /** The quoted part, with hidden characters written as `⟨U+XXXX⟩`. */
  readonly shown: string;
  /** The whole text's length in characters (code points). */
  readonly length: number;
  /** True when `shown` is only the start of the text. */
  readonly clipped: boolean;
}

/** Clips and reveals user text for a message; reads a long text once, never copies it whole. */
export function clipText(raw: string, limit = QUOTE_LIMIT): ClippedText {
  let shown = '';
  let length = 0;
  for (const char of raw) {
    length++;
    if (length > limit) continue;
    const kind = hiddenKind(char, length === 1);
    shown += kind === undefined ? char : `⟨${codePointLabel(char.codePointAt(0) ?? 0)}⟩`;
  }
  return { shown, length, clipped: length > limit };
}

/** Wraps text in Unicode isolates, so its direction cannot leak into the sentence. */
export function isolate(text: string): string {
  return `${ISOLATE_START}${text}${ISOLATE_END}`;
}

/** 10000 → "10,000": digit groups for counts and limits in messages. */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/**
 * 'text', or 'the start…' (10,000 characters): the English form, for the engine's plain
 * `message`s (logs and tests). The UI never shows these: it translates the code and
 * quotes the `text` parameter itself, in isolates.
 */
export function quoteEnglish(raw: string): string {
  const { shown, length, clipped } = clipText(raw);
  return clipped ? `'${shown}…' (${groupDigits(length)} characters)` : `'${shown}'`;
}

/**
 * The params of one quoted text: `{ [name]: shown }`, plus `{ [name]Length: n }` when it
 * was clipped. The UI quotes `name` and, with a length, says how long the whole text was.
 */
export function textParams<K extends string>(
  name: K,
  raw: string,
): Record<K, string> & Partial<Record<`${K}Length`, number>> {
  const { shown, length, clipped } = clipText(raw);
  const params: Record<string, string | number> = { [name]: shown };
  if (clipped) params[`${name}Length`] = length;
  return params as Record<K, string> & Partial<Record<`${K}Length`, number>>;
}
