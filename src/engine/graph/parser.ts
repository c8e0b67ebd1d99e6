import type { Expr } from './ast';
import { MAX_EXPRESSION_LENGTH, expressionError, type ExpressionError } from './errors';
import { parseTokens, type ExpressionOptions } from './grammar';
import { tokenize } from './tokens';

/**
 * The entry point for reading an expression typed by a user or found in a link: limits
 * first (length), then the lexer, then the recursive-descent grammar (grammar.ts).
 */
export type ParseExpressionResult =
  | { readonly ok: true; readonly ast: Expr }
  | { readonly ok: false; readonly error: ExpressionError };

/**
 * Reads an expression into a syntax tree, or says what is wrong and where. Never throws.
 * `options.eulerIsVariable` reads `e` as a variable (an old scenario's, see grammar.ts).
 */
export function parseExpression(
  source: string,
  options: ExpressionOptions = {},
): ParseExpressionResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const message = `expression is longer than ${MAX_EXPRESSION_LENGTH} characters`;
    const params = { limit: MAX_EXPRESSION_LENGTH };
    return { ok: false, error: expressionError('too-long', 1, message, params) };
  }
  if (source.trim() === '') {
    return { ok: false, error: expressionError('empty', 1, 'expression is empty', {}) };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  return parseTokens(lexed.tokens, options);
}
