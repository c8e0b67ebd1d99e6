import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast';
import { MAX_EXPRESSION_LENGTH, MAX_NESTING, type ExpressionError } from './errors';
import { parseExpression } from './parser';
import { printExpression } from './print';
import { anyExpr } from './test-support/arbitraries';

const ast = (source: string): Expr => {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.ast;
};

const error = (source: string): ExpressionError => {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`parsed: ${source}`);
  return result.error;
};

/** Fully parenthesised rendering, to see the tree's shape at a glance. */
function shape(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return String(e.value);
    case 'var':
      return e.name;
    case 'neg':
      return `(-${shape(e.arg)})`;
    case 'binary':
      return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
    case 'call':
      return `${e.fn}(${e.args.map(shape).join(', ')})`;
  }
}

describe('parseExpression: grammar', () => {
  it.each([
    ['x + y * z', '(x add (y mul z))'],
    ['x - y - z', '((x sub y) sub z)'],
    ['x / y / z', '((x div y) div z)'],
    ['x ^ y ^ z', '(x pow (y pow z))'],
    ['-x^2', '(-(x pow 2))'],
    ['-x * y', '((-x) mul y)'],
    ['2^-x', '(2 pow (-x))'],
    ['(-x)^2', '((-x) pow 2)'],
    ['+x - -y', '(x sub (-y))'],
    ['--x', '(-(-x))'],
    ['1e-3 * .5', '(0.001 mul 0.5)'],
    ['max(x, min(y, 2)) + pow(x, 3)', '(max(x, min(y, 2)) add pow(x, 3))'],
    ['sigmoid(-(w0*x0 + w2))', 'sigmoid((-((w0 mul x0) add w2)))'],
    ['  exp ( x )  ', 'exp(x)'],
    ['x ** 2', '(x pow 2)'],
  ])('%j → %s', (source, expected) => {
    expect(shape(ast(source))).toBe(expected);
  });

  it('reads every function with its arity', () => {
    for (const fn of ['exp', 'log', 'sqrt', 'abs', 'sin', 'cos', 'tanh', 'sigmoid', 'relu']) {
      expect(ast(`${fn}(x)`)).toEqual({ kind: 'call', fn, args: [{ kind: 'var', name: 'x' }] });
    }
    for (const fn of ['max', 'min', 'pow']) expect(shape(ast(`${fn}(x, 1)`))).toBe(`${fn}(x, 1)`);
  });
});

describe('parseExpression: errors', () => {
  it.each<[string, Partial<ExpressionError>]>([
    ['(x + y))', { code: 'unexpected-token', column: 8, message: "unexpected ')' at column 8" }],
    ['x + )', { code: 'unexpected-token', column: 5, message: "unexpected ')' at column 5" }],
    ['x y', { code: 'unexpected-token', column: 3, message: "unexpected 'y' at column 3" }],
    ['x 2', { code: 'unexpected-token', column: 3, message: "unexpected number '2' at column 3" }],
    ['()', { code: 'unexpected-token', column: 2 }],
    ['max(x,)', { code: 'unexpected-token', column: 7 }],
    [
      'x +',
      {
        code: 'unexpected-end',
        column: 4,
        message: "unexpected end of expression at column 4: expected a number, a variable or '('",
      },
    ],
    [
      '(x + y',
      { code: 'missing-paren', column: 7, message: "missing ')' for the '(' at column 1" },
    ],
    ['exp(x', { code: 'missing-paren', column: 6, message: "missing ')' for the '(' at column 4" }],
    ['', { code: 'empty', column: 1, message: 'expression is empty' }],
    ['  \t\n', { code: 'empty' }],
    ['x $ y', { code: 'unexpected-character', column: 3 }],
    ['1..2', { code: 'bad-number', column: 1 }],
  ])('%j', (source, expected) => {
    expect(error(source)).toMatchObject(expected);
  });

  it('suggests the function a typo meant', () => {
    expect(error('sigmod(x)')).toEqual({
      code: 'misspelt-function',
      column: 1,
      message: "unknown function 'sigmod' at column 1 \u2014 did you mean sigmoid?",
      params: { name: 'sigmod', suggestion: 'sigmoid', column: 1 },
    });
    expect(error('2 * Tanh(x)')).toMatchObject({ column: 5, params: { suggestion: 'tanh' } });
    expect(error('f(x)')).toEqual({
      code: 'unknown-function',
      column: 1,
      message: "unknown function 'f' at column 1",
      params: { name: 'f', column: 1 },
    });
  });

  it('checks arity', () => {
    expect(error('max(x)')).toEqual({
      code: 'wrong-arity',
      column: 1,
      message: 'max at column 1 takes 2 arguments, got 1',
      params: { name: 'max', expected: 2, got: 1, column: 1 },
    });
    expect(error('1 + exp(x, y)')).toMatchObject({
      code: 'wrong-arity',
      column: 5,
      message: 'exp at column 5 takes 1 argument, got 2',
    });
    expect(error('sin()')).toMatchObject({ code: 'wrong-arity', params: { got: 0 } });
  });

  it('refuses a function name used as a variable', () => {
    expect(error('exp + 1')).toMatchObject({
      code: 'function-without-call',
      column: 1,
      message: "'exp' at column 1 is a function: call it like exp(x), or rename the variable",
    });
    expect(error('x * max')).toMatchObject({ code: 'function-without-call', column: 5 });
  });

  it('limits length and nesting instead of overflowing the stack', () => {
    expect(error('x'.repeat(MAX_EXPRESSION_LENGTH + 1))).toMatchObject({ code: 'too-long' });
    expect(error('('.repeat(100_000))).toMatchObject({ code: 'too-long' });
    expect(error(`${'('.repeat(MAX_NESTING + 1)}x${')'.repeat(MAX_NESTING + 1)}`)).toMatchObject({
      code: 'too-deep',
      column: MAX_NESTING + 1,
    });
    expect(ast(`${'('.repeat(MAX_NESTING)}x${')'.repeat(MAX_NESTING)}`)).toEqual({
      kind: 'var',
      name: 'x',
    });
    expect(error(`${'-'.repeat(200)}x`)).toMatchObject({ code: 'too-deep' });
    expect(error(`x${'^x'.repeat(200)}`)).toMatchObject({ code: 'too-deep' });
    expect(error(`${'exp('.repeat(200)}x${')'.repeat(200)}`)).toMatchObject({ code: 'too-deep' });
    // A long flat chain is not nesting: it parses.
    expect(parseExpression(Array(900).fill('x').join('+')).ok).toBe(true);
  });
});

describe('parseExpression: untrusted text', () => {
  it.each([
    'constructor',
    '__proto__',
    'prototype',
    'x * constructor',
    '__proto__(1)',
    'constructor(x)',
  ])('rejects the reserved name in %j', (source) => {
    expect(error(source).code).toBe('reserved-name');
  });

  it.each([
    ['alert(1)', 'unknown-function'],
    ['x.constructor', 'unexpected-character'],
    ['`x`', 'unexpected-character'],
    ['x; y', 'unexpected-character'],
    ["'x'", 'unexpected-character'],
    ['x[0]', 'unexpected-character'],
    ['x = 1', 'unexpected-character'],
    ['toString(x)', 'unknown-function'],
    ['valueOf(x)', 'unknown-function'],
  ])('rejects %j as %s without running anything', (source, code) => {
    expect(error(source).code).toBe(code);
  });

  it('treats names of Object.prototype members as plain variables', () => {
    expect(ast('toString + hasOwnProperty')).toEqual({
      kind: 'binary',
      op: 'add',
      left: { kind: 'var', name: 'toString' },
      right: { kind: 'var', name: 'hasOwnProperty' },
    });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })),
        (s) => {
          const result = parseExpression(s);
          if (!result.ok) {
            expect(result.error.column).toBeGreaterThanOrEqual(1);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings built from the grammar’s own characters', () => {
    const piece = fc.constantFrom(
      'x',
      'y',
      'exp',
      'max',
      '(',
      ')',
      ',',
      '+',
      '-',
      '*',
      '/',
      '^',
      '1',
      '.',
      'e',
      ' ',
      '2.5e-3',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = parseExpression(pieces.join(''));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutations of valid expressions', () => {
    const mutation = fc.tuple(
      fc.nat(),
      fc.nat({ max: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(anyExpr, fc.array(mutation, { maxLength: 4 }), (tree, edits) => {
        let text = printExpression(tree);
        for (const [at, cut, insert] of edits) {
          const i = text.length === 0 ? 0 : at % text.length;
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const result = parseExpression(text);
        if (!result.ok)
          expect(result.error.column).toBeLessThanOrEqual(Array.from(text).length + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
