import fc from 'fast-check';
import type { BinaryOp, Expr, FunctionName } from '../ast';

/**
 * Random syntax trees for property tests. `anyExpr` covers the whole grammar (for
 * round-trips and robustness); `smoothExpr` only uses operations that are smooth where
 * the tests evaluate them, plus guarded ones whose domain the tests check per sample.
 */

export const VARIABLE_NAMES = ['x', 'y', 'z'] as const;

const variable: fc.Arbitrary<Expr> = fc
  .constantFrom(...VARIABLE_NAMES)
  .map((name) => ({ kind: 'var', name }));

const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc
    .double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true })
    .filter((v) => !Object.is(v, -0)),
);

const unaryFns: readonly FunctionName[] = [
  'exp',
  'log',
  'sqrt',
  'abs',
  'sin',
  'cos',
  'tanh',
  'sigmoid',
  'relu',
];
const binaryFns: readonly FunctionName[] = ['max', 'min', 'pow'];
const binaryOps: readonly BinaryOp[] = ['add', 'sub', 'mul', 'div', 'pow'];

interface Options {
  readonly numbers: fc.Arbitrary<number>;
  readonly unary: readonly FunctionName[];
  readonly binaryFns: readonly FunctionName[];
  readonly binaryOps: readonly BinaryOp[];
  readonly maxDepth: number;
}

function trees(options: Options): fc.Arbitrary<Expr> {
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    variable,
    options.numbers.map((value): Expr => ({ kind: 'num', value })),
  );
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { maxDepth: options.maxDepth, depthIdentifier: 'expr' },
      leaf,
      tie('expr').map((arg): Expr => ({ kind: 'neg', arg })),
      fc
        .tuple(fc.constantFrom(...options.binaryOps), tie('expr'), tie('expr'))
        .map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right })),
      fc
        .tuple(fc.constantFrom(...options.unary), tie('expr'))
        .map(([fn, arg]): Expr => ({ kind: 'call', fn, args: [arg] })),
      fc
        .tuple(fc.constantFrom(...options.binaryFns), tie('expr'), tie('expr'))
        .map(([fn, a, b]): Expr => ({ kind: 'call', fn, args: [a, b] })),
    ),
  }));
  return expr;
}

/** Any tree the parser can produce. */
export const anyExpr: fc.Arbitrary<Expr> = trees({
  numbers: anyNumber,
  unary: unaryFns,
  binaryFns,
  binaryOps,
  maxDepth: 6,
});

/** Trees for gradient checks: small constants, kinks and domains checked by the test. */
export const smoothExpr: fc.Arbitrary<Expr> = trees({
  numbers: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0.25, max: 3, noNaN: true })),
  unary: unaryFns,
  binaryFns,
  binaryOps,
  maxDepth: 4,
});

/** Values for x, y, z away from the extremes. */
export const variableValues: fc.Arbitrary<Record<(typeof VARIABLE_NAMES)[number], number>> =
  fc.record({
    x: fc.double({ min: -2, max: 2, noNaN: true }),
    y: fc.double({ min: -2, max: 2, noNaN: true }),
    z: fc.double({ min: -2, max: 2, noNaN: true }),
  });
