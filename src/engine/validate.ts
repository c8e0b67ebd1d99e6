import { issue, type InputIssue } from './issues';

/**
 * Small helpers for reading untrusted JSON. They never throw: each returns the value it
 * could read, or `undefined` after recording an issue.
 */
export class IssueList {
  readonly issues: InputIssue[] = [];
  /** Past this many issues the rest are left out: nobody reads the 10,000th. */
  static readonly MAX = 25;

  add(path: string, code: string, message: string, params?: Record<string, string | number>): void {
    if (this.issues.length < IssueList.MAX) this.issues.push(issue(path, code, message, params));
  }

  get full(): boolean {
    return this.issues.length >= IssueList.MAX;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a JSON value's type for messages: "a string", "an array", "null". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'boolean':
      return String(value);
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
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
      list.add(join(path, key), 'unknown-field', `unknown field '${clip(key)}'`, {
        field: clip(key),
      });
    }
  }
}

/** Reads a finite number, reporting NaN, ±Infinity (JSON's 1e309) and non-numbers. */
export function readNumber(value: unknown, path: string, list: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'number') {
    list.add(path, 'not-finite', `must be a finite number, not ${String(value)}`, {
      value: String(value),
    });
  } else {
    list.add(path, 'not-a-number', `must be a number, found ${describe(value)}`, {
      found: describe(value),
    });
  }
  return undefined;
}

/** Reads an array of exactly `length` finite numbers. */
export function readVector(
  value: unknown,
  length: number,
  path: string,
  list: IssueList,
): number[] | undefined {
  if (!Array.isArray(value)) {
    list.add(
      path,
      'not-an-array',
      `must be an array of ${length} numbers, found ${describe(value)}`,
      {
        expected: length,
        found: describe(value),
      },
    );
    return undefined;
  }
  if (value.length !== length) {
    list.add(path, 'wrong-length', `must have ${length} numbers, found ${value.length}`, {
      expected: length,
      actual: value.length,
    });
    return undefined;
  }
  const out: number[] = [];
  let ok = true;
  for (let i = 0; i < value.length && !list.full; i++) {
    const n = readNumber(value[i], `${path}[${i}]`, list);
    if (n === undefined) ok = false;
    else out.push(n);
  }
  return ok && out.length === length ? out : undefined;
}

/** `a` + `b` → `a.b`; the root path is the empty string. */
export function join(path: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(clip(key));
  if (safe.startsWith('"')) return `${path}[${safe}]`;
  return path === '' ? safe : `${path}.${safe}`;
}

/** Shortens untrusted text before it goes into a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
