import {
  foundParams,
  issue,
  readCount,
  readTypedNumber,
  textParams,
  type InputIssue,
  type IssueCode,
  type IssueParams,
} from '../../engine';

/**
 * How one field of the state is written into and read from links (see linkFields.ts).
 * Readers never throw: what they cannot read they record as an issue, with a `code` that
 * src/i18n/issues translates and `params` that fill its placeholders, and return undefined.
 */

/** A value JSON can hold exactly: what a compact payload is made of. */
export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Reads one raw value, recording what is wrong with it. */
export type Read<T> = (raw: unknown, issues: InputIssue[]) => T | undefined;

/** A field's place in the compact payload (`?s=1.…`): its short key and JSON form. */
export interface CompactCodec<T> {
  readonly key: string;
  readonly write: (value: T) => Json;
  /** Called with undefined when the key is absent, so a field can require itself. */
  readonly read: Read<T>;
}

/** A field's parameter in the readable, hand-writable form (`?step=end&lang=zh`). */
export interface ReadableCodec<T> {
  readonly name: string;
  readonly read: (text: string, issues: InputIssue[]) => T | undefined;
}

/**
 * Records an issue and returns undefined, so that a reader can `return refuse(…)`. A code
 * given other parameters than its row of ISSUE_PARAMS declares is a type error.
 */
export function refuse<C extends IssueCode>(
  issues: InputIssue[],
  path: string,
  code: C,
  message: string,
  params: IssueParams<C>,
): undefined {
  issues.push(issue(path, code, message, params));
  return undefined;
}

/**
 * A whole number from 0 to `limit`, from a readable link's text or a compact link's JSON
 * (engine readCount). Over the limit it is refused with `above-limit`, whose message names
 * the limit; anything else that is not a whole number ≥ 0 gets the field's own refusal.
 */
export function count(
  limit: number,
  path: string,
  otherwise: (raw: unknown, issues: InputIssue[]) => undefined,
): Read<number> {
  return (raw, issues) => {
    const read = readCount(raw, limit, path);
    if (read.ok) return read.value;
    if (read.code === 'above-limit') {
      issues.push(read.issue);
      return undefined;
    }
    return otherwise(raw, issues);
  };
}

/** A compact value the writer may leave out: read only when it is there. */
export function optional<T>(read: Read<T>): Read<T> {
  return (raw, issues) => (raw === undefined ? undefined : read(raw, issues));
}

/**
 * A compact value read as text by the field's readable codec, so that both forms accept
 * the same values and refuse the rest with the same issue (path included).
 */
export function asText<T>(readable: ReadableCodec<T>, text: (raw: unknown) => string = String) {
  return optional((raw, issues) => readable.read(text(raw), issues));
}

/**
 * What a link held where a field was refused, for a `value` parameter (engine params.ts):
 * a readable link's text that reads as a number is that number ("found the number -1",
 * not "the text “-1”"); anything else as the engine describes it.
 */
export function foundInLink(raw: unknown): ReturnType<typeof foundParams> {
  const typed = typeof raw === 'string' ? readTypedNumber(raw) : undefined;
  return typed?.ok === true ? { found: typed.value } : foundParams(raw);
}

/**
 * One of a fixed list of names (a scene, a theme), or undefined after recording a
 * `bad-NAME` issue that lists the choices and says what was found.
 */
/** The choices a link names, each with its `bad-NAME` issue (options and what was found). */
export type ChoiceName = 'scene' | 'theme' | 'activation' | 'map-mode';

export function choice<T extends string>(
  options: readonly T[],
  name: ChoiceName,
  path: string = name,
): Read<T> {
  return (value, issues) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? (value as T)
      : refuse(issues, path, `bad-${name}`, `${name} must be one of ${options.join(', ')}`, {
          options: options.join(', '),
          ...foundInLink(value),
        });
}

/** A readable choice among names: `theme=dark`. */
export function readableChoice<T extends string>(
  name: ChoiceName,
  options: readonly T[],
): ReadableCodec<T> {
  return { name, read: choice(options, name) };
}

/** An on/off option: `1`/`true` or `0`/`false`. Written as 1 or 0. */
export function flag(name: string): ReadableCodec<boolean> {
  return {
    name,
    read: (text, issues) => {
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      return refuse(issues, name, 'bad-flag', `${name} must be 1 or 0`, {
        name,
        ...foundInLink(text),
      });
    },
  };
}

/** A whole number ≥ 0 that a float64 holds exactly. */
export function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A count in a readable link: at most 7 digits, so that no count loses precision. */
export const WHOLE_TEXT = /^\d{1,7}$/;

/**
 * A comma-separated list of names (`hide=editor,timeline`). Empty items are skipped and
 * a name listed twice counts once, so the list is never longer than `options`.
 */
export function nameList<T extends string>(
  name: 'hide' | 'features',
  options: readonly T[],
): ReadableCodec<readonly T[]> {
  return {
    name,
    read: (text, issues) => {
      const parts = [...new Set(text.split(',').filter((p) => p !== ''))];
      const unknown = parts.filter((p) => !(options as readonly string[]).includes(p));
      if (unknown.length === 0) return parts as T[];
      const found = unknown.join(', ');
      return refuse(
        issues,
        name,
        `bad-${name}`,
        `${name} can list ${options.join(', ')}; unknown: ${found.slice(0, 60)}`,
        { options: options.join(', '), ...textParams('found', found) },
      );
    },
  };
}

/** A compact list as the text of its readable form: `["a","b"]` is read as `a,b`. */
export function listText(raw: unknown): string {
  return Array.isArray(raw) ? raw.map(String).join(',') : String(raw);
}
