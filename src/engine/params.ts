/**
 * What each parameter of a message is, so that the UI shows it truly in both languages
 * and a test can fill every message with the parameters its emitter really sends.
 *
 * - `text`: text from the user (a field name, a typed value). The UI quotes it, clips it
 *   and isolates it; it may come with `NAMELength`, the whole text's length, when the
 *   engine clipped it (see text/userText.ts).
 * - `value`: what was found where something else belongs: a number ("the number 1"), a
 *   list by its length ("a list of 3", with `NAMEType: 'list'`), the user's text ("the
 *   text “net”", with `NAMEType: 'text'`), or one of the {@link VALUE_WORDS} (translated).
 * - `count`: a whole number such as a limit or a length, shown with digit groups.
 * - `number`: a real number, shown with a few significant digits.
 * - `base`: a real number raised to a power: a negative one keeps its parentheses, (−8)^⅓.
 * - `word`: a word or list the engine made (option names, a gate id, a code point).
 * - `character`: a {@link CharacterKind} (text/characters.ts), shown by its translated name.
 */
export type ParamKind = 'text' | 'value' | 'count' | 'number' | 'base' | 'word' | 'character';

/** A message's parameters by name. */
export type ParamKinds = Readonly<Record<string, ParamKind>>;

type TextLike<K extends object> = {
  [P in keyof K]: K[P] extends 'text' | 'value' ? P : never;
}[keyof K] &
  string;

type ValueLike<K extends object> = {
  [P in keyof K]: K[P] extends 'value' ? P : never;
}[keyof K] &
  string;

/**
 * What a `value` parameter holds, when its value alone cannot tell: `text` (the user's
 * text, even one that reads like a value word, "null") or `list` (the value is the
 * list's length, so that "found 1" can never be read as "found 1 row"). Numbers are
 * numbers and value words are words without it.
 */
export type FoundType = 'text' | 'list';

/**
 * The parameters a message with kinds `K` is given: every one, nothing else (a message
 * without parameters takes `{}`, and nothing can be added to it).
 */
export type ParamsOf<K extends object> = [keyof K] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [P in keyof K]: string | number } & {
      readonly [P in TextLike<K> as `${P}Length`]?: number;
    } & { readonly [P in ValueLike<K> as `${P}Type`]?: FoundType };

/** The words {@link describe} uses for a JSON value that is not where it belongs. */
export const VALUE_WORDS = [
  'null',
  'an array',
  'a string',
  'true',
  'false',
  'a number',
  'nothing',
  'an object',
] as const;
export type ValueWord = (typeof VALUE_WORDS)[number];

/** Describes a JSON value's type for messages: "a string", "an array", "null". */
export function describe(value: unknown): ValueWord {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return 'a number';
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
}
