/**
 * Why an expression could not be read.
 *
 * `message` is English for logs and tests; the UI translates through `code` and `params`
 * (which always carry `column`), so both languages point at the same spot.
 */
export type ExpressionErrorCode =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'bad-number'
  | 'unexpected-character'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'missing-paren'
  | 'unknown-function'
  | 'wrong-arity'
  | 'function-without-call'
  | 'reserved-name';

export interface ExpressionError {
  readonly code: ExpressionErrorCode;
  /** 1-based position in the expression, counted in characters (code points). */
  readonly column: number;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Longest expression accepted, in UTF-16 units; keeps parsing and drawing cheap. */
export const MAX_EXPRESSION_LENGTH = 2000;

/** Deepest nesting of parentheses, signs, powers and calls: no stack overflow on "((((…". */
export const MAX_NESTING = 64;

/** Builds an {@link ExpressionError}; `column` is copied into `params` for the UI. */
export function expressionError(
  code: ExpressionErrorCode,
  column: number,
  message: string,
  params: Record<string, string | number> = {},
): ExpressionError {
  return { code, column, message, params: { ...params, column } };
}
