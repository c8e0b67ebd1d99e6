/**
 * The syntax tree of an expression, as the parser reads it.
 *
 * The tree stays faithful to the text (no folding, no sharing): sharing identical
 * sub-expressions is the graph builder's job, so the printer can reproduce the text and
 * tests can round-trip random trees through the parser.
 */

/** Binary operators written between their operands. */
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow';

/** The functions an expression may call, with the number of arguments each takes. */
export const FUNCTION_ARITY: ReadonlyMap<FunctionName, 1 | 2> = new Map<FunctionName, 1 | 2>([
  ['exp', 1],
  ['log', 1],
  ['sqrt', 1],
  ['abs', 1],
  ['sin', 1],
  ['cos', 1],
  ['tanh', 1],
  ['sigmoid', 1],
  ['relu', 1],
  ['max', 2],
  ['min', 2],
  ['pow', 2],
]);

export type FunctionName =
  | 'exp'
  | 'log'
  | 'sqrt'
  | 'abs'
  | 'sin'
  | 'cos'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'max'
  | 'min'
  | 'pow';

/** Every callable name, in the order suggestions prefer them. */
export const FUNCTION_NAMES: readonly FunctionName[] = [...FUNCTION_ARITY.keys()];

/**
 * Names that can never be variables: they are the keys through which untrusted JSON
 * reaches an object's prototype, so a scenario could never give them a value safely.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Narrows a name to a callable function without trusting `in` on a plain object. */
export function isFunctionName(name: string): name is FunctionName {
  return FUNCTION_ARITY.has(name as FunctionName);
}

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] };
