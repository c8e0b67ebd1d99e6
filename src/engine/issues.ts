import type { ParamKinds, ParamsOf } from './params';

/**
 * A problem found while reading a scenario, an expression or a link.
 *
 * `path` is a JSON path into the rejected input (`weights[1][0][2]`, `samples[0].x`, or
 * `""` for the whole input). `message` is plain English for logs and tests; the UI
 * translates through `code` and `params` so that both languages say the same thing.
 */
export interface InputIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The result of reading untrusted input: never an exception, always one of these. */
export type ParseResult<T> =
  | { readonly ok: true; readonly scenario: T }
  | { readonly ok: false; readonly errors: readonly InputIssue[] };

/**
 * Every issue code with the parameters its message is given (see params.ts for the
 * kinds). The dictionaries have one `issue.CODE` entry per row, and a unit test fills
 * each with exactly these parameters in both languages. Link and file readers emit the
 * rows from `link-too-long` on; an expression's own errors are in graph/errors.ts.
 */
export const ISSUE_PARAMS = {
  internal: {},
  unreadable: {},
  'not-an-object': { found: 'value' },
  'bad-version': { expected: 'count', found: 'value' },
  'bad-kind': { found: 'value' },
  'bad-json': { detail: 'word' },
  'unknown-field': { field: 'text' },
  'not-a-number': { found: 'value' },
  'number-in-quotes': { found: 'text', number: 'word' },
  'not-finite': { value: 'word' },
  'too-large': {},
  'too-small': { literal: 'text' },
  'not-a-list': { found: 'value' },
  'not-an-array': { expected: 'count', found: 'value' },
  'wrong-length': { expected: 'count', actual: 'count' },
  'layer-count': { min: 'count', max: 'count', actual: 'count' },
  'layer-size': { max: 'count', found: 'value' },
  'unknown-choice': { options: 'word', found: 'value' },
  'softmax-needs-linear': { found: 'word' },
  'bce-needs-sigmoid': { found: 'word' },
  'not-positive': { found: 'number' },
  'bad-seed': { found: 'value' },
  'missing-pair': {},
  'weights-shape': { expected: 'count', found: 'value' },
  'matrix-rows': { rows: 'count', columns: 'count', layer: 'count', found: 'value' },
  'biases-shape': { expected: 'count', found: 'value' },
  'sample-count': { max: 'count', found: 'value' },
  'not-a-sample': { found: 'value' },
  'bce-target': {},
  'softmax-target': {},
  'unknown-key': { name: 'text' },
  'wrong-kind': {},
  'unsupported-version': { expected: 'count' },
  'not-a-string': {},
  'reserved-name': { name: 'text' },
  'unknown-input': { name: 'text' },
  'missing-input': { name: 'text' },
  'too-many-variables': { count: 'count', limit: 'count' },
  'link-too-long': { max: 'count' },
  'bad-link': {},
  'bad-lang': { found: 'text' },
  'bad-scene': { options: 'word', found: 'value' },
  'bad-step': { found: 'value' },
  'bad-speed': { options: 'word', found: 'value' },
  'bad-iteration': { limit: 'count', found: 'value' },
  'above-limit': { limit: 'count' },
  'bad-chapter': { max: 'count', found: 'value' },
  'bad-flag': { name: 'word', found: 'value' },
  'bad-theme': { options: 'word', found: 'value' },
  'bad-hide': { options: 'word', found: 'text' },
  'bad-rate': { min: 'count', max: 'count', found: 'value' },
  'bad-sample': { limit: 'count', found: 'value' },
  'double-encoded': {},
  'link-version': { found: 'text' },
  'link-damaged': {},
  'file-too-large': { max: 'count' },
  'file-unreadable': {},
  'storage-full': {},
  'storage-forbidden': {},
  'stored-set-aside': { key: 'word' },
  'stored-not-set-aside': {},
  'stored-too-large': { max: 'count' },
  'bad-practice': { options: 'word', found: 'text' },
  'bad-variant': { max: 'count', found: 'text' },
  'bad-dataset': { options: 'word', found: 'text' },
  'own-dataset-readable': {},
  'bad-percent': { name: 'word', min: 'count', max: 'count' },
  'bad-features': { options: 'word', found: 'text' },
  'bad-neurons': { layers: 'count', neurons: 'count' },
  'bad-activation': { options: 'word', found: 'value' },
  'bad-points': { limit: 'count' },
  'bad-hyper-log': {},
  'bad-map-mode': { options: 'word', found: 'value' },
  'bad-eta-log': {},
} as const satisfies Readonly<Record<string, ParamKinds>>;

export type IssueCode = keyof typeof ISSUE_PARAMS;

/** The parameters an issue with code `C` must be given. */
export type IssueParams<C extends IssueCode> = ParamsOf<(typeof ISSUE_PARAMS)[C]>;

/** True for a code in {@link ISSUE_PARAMS}; for codes that arrive as data. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_PARAMS, code);
}

/**
 * Builds an {@link InputIssue}; a code given the wrong parameters is a type error. Issues
 * without parameters leave `params` out.
 */
export function issue<C extends IssueCode>(
  path: string,
  code: C,
  message: string,
  params: IssueParams<C>,
): InputIssue {
  return Object.keys(params).length === 0
    ? { path, code, message }
    : { path, code, message, params: { ...params } };
}
