import { assertNever } from '../../lib/assertNever';
import type { Expr } from './ast';

/**
 * Prints a syntax tree back to text with as few parentheses as the grammar allows, such
 * that {@link parseExpression} reads the very same tree back. Used for canonical display
 * and for round-trip tests over random trees.
 */

const SYMBOL = { add: '+', sub: '-', mul: '*', div: '/', pow: '^' } as const;

/** How tightly each form binds; higher binds tighter. */
function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      return expr.op === 'add' || expr.op === 'sub' ? 1 : expr.op === 'pow' ? 4 : 2;
    case 'neg':
      return 3;
    case 'num':
    case 'var':
    case 'call':
      return 5;
    default:
      return assertNever(expr);
  }
}

function wrap(expr: Expr, parens: boolean): string {
  const text = printExpression(expr);
  return parens ? `(${text})` : text;
}

export function printExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'num':
      // Euler's number is written as the name that reads it (grammar.ts).
      if (expr.value === Math.E) return 'e';
      // A negative literal only comes from a hand-built tree; the parser reads it as -(2).
      return expr.value < 0 || Object.is(expr.value, -0)
        ? `(-${String(-expr.value)})`
        : String(expr.value);
    case 'var':
      return expr.name;
    case 'neg':
      return `-${wrap(expr.arg, precedence(expr.arg) < 3)}`;
    case 'call':
      return `${expr.fn}(${expr.args.map(printExpression).join(', ')})`;
    case 'binary': {
      const own = precedence(expr);
      if (expr.op === 'pow') {
        // The base must bind tighter than ^; the exponent is read as a signed operand.
        return `${wrap(expr.left, precedence(expr.left) <= own)}^${wrap(expr.right, precedence(expr.right) < 3)}`;
      }
      // Left-associative: a right operand of equal precedence needs parentheses.
      const left = wrap(expr.left, precedence(expr.left) < own);
      const right = wrap(expr.right, precedence(expr.right) <= own);
      return `${left} ${SYMBOL[expr.op]} ${right}`;
    }
    default:
      return assertNever(expr);
  }
}
