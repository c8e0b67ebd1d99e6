import { FUNCTION_ARITY, type FunctionName } from './ast';
import { MAX_NESTING, expressionError, type ExpressionError } from './errors';
import { quoteEnglish, textParams } from '../text/userText';
import { suggestFunction } from './suggest';
import type { Token } from './tokens';

/**
 * The parser's error messages, one builder per mistake, so that the grammar in
 * parser.ts reads without them. Every message names the column it points at.
 */

/** A token that cannot stand where it is; at the end, what was still expected. */
export function unexpectedToken(token: Token): ExpressionError {
  if (token.type === 'end') {
    const message = `unexpected end of expression at column ${token.column}: expected a number, a variable or '('`;
    return expressionError('unexpected-end', token.column, message, {});
  }
  const shown = `${token.type === 'number' ? 'number ' : ''}${quoteEnglish(token.text)}`;
  const message = `unexpected ${shown} at column ${token.column}`;
  return expressionError(
    'unexpected-token',
    token.column,
    message,
    textParams('token', token.text),
  );
}

export function missingParen(open: Token, end: Token): ExpressionError {
  const message = `missing ')' for the '(' at column ${open.column}`;
  return expressionError('missing-paren', end.column, message, { open: open.column });
}

export function tooDeep(column: number): ExpressionError {
  const message = `expression nests deeper than ${MAX_NESTING} levels at column ${column}`;
  return expressionError('too-deep', column, message, { limit: MAX_NESTING });
}

export function reservedName(name: string, column: number): ExpressionError {
  const message = `${quoteEnglish(name)} at column ${column} is a reserved name and cannot be a variable`;
  return expressionError('reserved-name', column, message, textParams('name', name));
}

export function functionWithoutCall(name: string, column: number): ExpressionError {
  const message = `'${name}' at column ${column} is a function: call it like ${name}(x), or rename the variable`;
  return expressionError('function-without-call', column, message, { name });
}

/** An unknown function, with the known one it most likely meant (`misspelt-function`). */
export function unknownFunction(name: string, column: number): ExpressionError {
  const suggestion = suggestFunction(name);
  const message = `unknown function ${quoteEnglish(name)} at column ${column}`;
  if (suggestion === undefined)
    return expressionError('unknown-function', column, message, textParams('name', name));
  return expressionError(
    'misspelt-function',
    column,
    `${message} \u2014 did you mean ${suggestion}?`,
    { ...textParams('name', name), suggestion },
  );
}

/** `e(x)`: e is Euler's number, not a function. */
export function constantCalled(name: string, column: number): ExpressionError {
  const message = `'${name}' at column ${column} is Euler's number, not a function: write exp(x) or e^x`;
  return expressionError('constant-called', column, message, { name });
}

export function wrongArity(name: FunctionName, got: number, column: number): ExpressionError {
  const expected = FUNCTION_ARITY.get(name) ?? 1;
  const noun = expected === 1 ? 'argument' : 'arguments';
  const message = `${name} at column ${column} takes ${expected} ${noun}, got ${got}`;
  return expressionError('wrong-arity', column, message, { name, expected, got });
}
