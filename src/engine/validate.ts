import { issue, type InputIssue, type IssueCode, type IssueParams } from './issues';
import { describe, type FoundType } from './params';
import { LARGEST_TEXT } from './numbers/magnitude';
import { readTypedNumber } from './numbers/readTypedNumber';
import { escapeHidden } from './text/characters';
import { quoteEnglish, textParams } from './text/userText';

/**
 * Small helpers for reading untrusted JSON. They never throw: each returns the value it
 * could read, or `undefined` after recording an issue.
 */
export class IssueList {
  readonly issues: InputIssue[] = [];
  /** Past this many issues the rest are left out: nobody reads the 10,000th. */
  static readonly MAX = 25;

  add<C extends IssueCode>(path: string, code: C, message: string, params: IssueParams<C>): void {
    if (this.issues.length < IssueList.MAX) this.issues.push(issue(path, code, message, params));
  }

  get full(): boolean {
    return this.issues.length >= IssueList.MAX;
  }
}

export { describe };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What was found, for a `value` parameter (params.ts): a finite number as itself, a
 * string as quoted user text, a list by its length, anything else as its
 * {@link describe} word. Each says what it is, so "found 1" is never a list of one.
 */
export function found(value: unknown): {
  found: string | number;
  foundLength?: number;
  foundType?: FoundType;
} {
  if (typeof value === 'number' && Number.isFinite(value)) return { found: value };
  if (typeof value === 'string') return { ...textParams('found', value), foundType: 'text' };
  if (Array.isArray(value)) return { found: value.length, foundType: 'list' };
  return { found: describe(value) };
}

/** {@link found} in English, for `message`s: "the number 1", "a list of 3", "the text “net”". */
export function foundEnglish(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `the number ${String(value)}`;
  if (typeof value === 'string') return `the text ${quoteEnglish(value)}`;
  if (Array.isArray(value)) return listEnglish(value.length);
  return describe(value);
}

/** A list by its length, in English. */
export function listEnglish(length: number): string {
  return length === 0 ? 'an empty list' : `a list of ${length}`;
}

/** Reports every key of `obj` that is not in `allowed` (this also catches `__proto__`). */
export function checkKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  list: IssueList,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      list.add(join(path, key), 'unknown-field', `unknown field ${quoteEnglish(key)}`, {
        ...textParams('field', key),
      });
    }
  }
}

/**
 * Reads a finite number. JSON has no Infinity, so ±Infinity is a literal too large for a
 * float64 (1e309): it is called too large. A number typed as text ("0.5") is named so.
 */
export function readNumber(value: unknown, path: string, list: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const typed = typeof value === 'string' ? readTypedNumber(value) : undefined;
  if (typeof value === 'number' && !Number.isNaN(value)) {
    list.add(path, 'too-large', TOO_LARGE_EN, {});
  } else if (typeof value === 'number') {
    list.add(path, 'not-finite', `must be a finite number, not ${String(value)}`, {
      value: String(value),
    });
  } else if (typeof value === 'string' && typed?.ok === true) {
    const number = String(typed.value);
    const message = `must be a number, not text: write ${number} without quotes`;
    list.add(path, 'number-in-quotes', message, { ...textParams('found', value), number });
  } else {
    list.add(path, 'not-a-number', `must be a number, found ${foundEnglish(value)}`, found(value));
  }
  return undefined;
}

/** The English of `too-large`. */
export const TOO_LARGE_EN = `is too large (the largest is about ${LARGEST_TEXT})`;

/**
 * Reads an array of finite numbers: exactly `length` of them, or any number when the
 * length cannot be known (the layers that would fix it are themselves wrong).
 */
export function readVector(
  value: unknown,
  length: number | undefined,
  path: string,
  list: IssueList,
): number[] | undefined {
  if (!Array.isArray(value)) {
    if (length === undefined)
      list.add(path, 'not-a-list', `must be a list, found ${foundEnglish(value)}`, found(value));
    else
      list.add(
        path,
        'not-an-array',
        `must be an array of ${length} numbers, found ${foundEnglish(value)}`,
        { expected: length, ...found(value) },
      );
    return undefined;
  }
  if (length !== undefined && value.length !== length) {
    list.add(
      path,
      'wrong-length',
      `must be a list of ${length} numbers; this list has ${value.length}`,
      {
        expected: length,
        actual: value.length,
      },
    );
    return undefined;
  }
  const out: number[] = [];
  let ok = true;
  for (let i = 0; i < value.length && !list.full; i++) {
    const n = readNumber(value[i], `${path}[${i}]`, list);
    if (n === undefined) ok = false;
    else out.push(n);
  }
  return ok && out.length === value.length ? out : undefined;
}

/** `a` + `b` → `a.b`; the root path is the empty string. */
export function join(path: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : escapeHidden(JSON.stringify(clip(key)));
  if (safe.startsWith('"')) return `${path}[${safe}]`;
  return path === '' ? safe : `${path}.${safe}`;
}

/** Shortens untrusted text before it goes into a path. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
