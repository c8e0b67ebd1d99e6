import type { ParamKinds, ParamsOf } from '../params';

/**
 * Why an expression could not be read.
 *
 * `message` is English for logs and tests; the UI translates `graph.error.CODE` with
 * `params`, which always carry `column`, so both languages point at the same spot.
 * {@link EXPRESSION_ERROR_PARAMS} lists each code's parameters (kinds as in params.ts);
 * a unit test fills every message with exactly these.
 */
export const EXPRESSION_ERROR_PARAMS = {
  empty: { column: 'count' },
  'too-long': { limit: 'count', column: 'count' },
  'too-deep': { limit: 'count', column: 'count' },
  'bad-number': { text: 'text', column: 'count' },
  'missing-operator': { text: 'text', suggestion: 'text', column: 'count' },
  'number-too-large': { text: 'text', column: 'count' },
  'number-too-small': { text: 'text', column: 'count' },
  'unexpected-character': { text: 'text', column: 'count' },
  'hidden-character': { codePoint: 'word', character: 'character', column: 'count' },
  'unexpected-token': { token: 'text', column: 'count' },
  'unexpected-end': { column: 'count' },
  'missing-paren': { open: 'count', column: 'count' },
  'unknown-function': { name: 'text', column: 'count' },
  'misspelt-function': { name: 'text', suggestion: 'word', column: 'count' },
  'constant-called': { name: 'word', column: 'count' },
  'wrong-arity': { name: 'word', expected: 'count', got: 'count', column: 'count' },
  'function-without-call': { name: 'word', column: 'count' },
  'reserved-name': { name: 'text', column: 'count' },
} as const satisfies Readonly<Record<string, ParamKinds>>;

export type ExpressionErrorCode = keyof typeof EXPRESSION_ERROR_PARAMS;

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

/**
 * Builds an {@link ExpressionError}; `column` is copied into `params` for the UI. A code
 * given other parameters than its row lists is a type error.
 */
export function expressionError<C extends ExpressionErrorCode>(
  code: C,
  column: number,
  message: string,
  params: ParamsOf<Omit<(typeof EXPRESSION_ERROR_PARAMS)[C], 'column'>>,
): ExpressionError {
  return { code, column, message, params: { ...params, column } };
}
