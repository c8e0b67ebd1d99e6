import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast';
import { parseExpression } from './parser';
import { printExpression } from './print';
import { anyExpr } from './test-support/arbitraries';

const roundTrip = (source: string): string => {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(result.error.message);
  return printExpression(result.ast);
};

describe('printExpression', () => {
  it.each([
    ['(x + y) * z', '(x + y) * z'],
    ['x + (y + z)', 'x + (y + z)'],
    ['(x + y) + z', 'x + y + z'],
    ['x - (y - z)', 'x - (y - z)'],
    ['(x^y)^z', '(x^y)^z'],
    ['x^(y^z)', 'x^y^z'],
    ['-(x^2)', '-x^2'],
    ['(-x)^2', '(-x)^2'],
    ['2^(-x)', '2^-x'],
    ['-(x + y)', '-(x + y)'],
    ['x * -y', 'x * -y'],
    ['x - -y', 'x - -y'],
    ['1 / (1 + exp(-(w0*x0 + w2)))', '1 / (1 + exp(-(w0 * x0 + w2)))'],
    ['max( x ,pow(y,2) )', 'max(x, pow(y, 2))'],
    ['1e-7 + 1e21', '1e-7 + 1e+21'],
  ])('%j prints as %j', (source, printed) => {
    expect(roundTrip(source)).toBe(printed);
  });

  it('writes hand-built negative literals so they read back as negation', () => {
    const tree: Expr = {
      kind: 'binary',
      op: 'pow',
      left: { kind: 'num', value: -2 },
      right: { kind: 'var', name: 'x' },
    };
    expect(printExpression(tree)).toBe('(-2)^x');
  });

  it('round-trips every tree through the parser', () => {
    fc.assert(
      fc.property(anyExpr, (tree) => {
        const printed = printExpression(tree);
        const parsed = parseExpression(printed);
        expect(parsed).toEqual({ ok: true, ast: tree });
      }),
      { numRuns: 1000 },
    );
  });
});
