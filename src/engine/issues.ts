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

/** Builds an {@link InputIssue}; keeps call sites short. */
export function issue(
  path: string,
  code: string,
  message: string,
  params?: Record<string, string | number>,
): InputIssue {
  return params === undefined ? { path, code, message } : { path, code, message, params };
}
