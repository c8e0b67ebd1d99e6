import { FUNCTION_ARITY, RESERVED_NAMES, isFunctionName, type BinaryOp, type Expr } from './ast';
import { MAX_NESTING, type ExpressionError } from './errors';
import {
  constantCalled,
  functionWithoutCall,
  missingParen,
  reservedName,
  tooDeep,
  unexpectedToken,
  unknownFunction,
  wrongArity,
} from './parse-errors';
import type { Token } from './tokens';

/** The name of Euler's number e = 2.718…, a constant in every expression. */
export const EULER_NAME = 'e';

/** How names are read. */
export interface ExpressionOptions {
  /**
   * Read `e` as a variable, as versions before Euler's number did: a scenario whose
   * `inputs` give `e` a value was written then, and must keep its numbers (see
   * {@link eulerIsVariable}).
   */
  readonly eulerIsVariable?: boolean;
}

/**
 * Whether a scenario's `inputs` make `e` a variable: they give it a value, as graphs
 * written before `e` was Euler's number did. Otherwise `e` is Euler's number.
 */
export function eulerIsVariable(inputs: unknown): boolean {
  return typeof inputs === 'object' && inputs !== null && Object.hasOwn(inputs, EULER_NAME);
}

/** Thrown inside the parser only, to unwind to {@link parseTokens}. */
class Failure {
  readonly error: ExpressionError;
  constructor(error: ExpressionError) {
    this.error = error;
  }
}

const ADDITIVE: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ['+', 'add'],
  ['-', 'sub'],
]);
const MULTIPLICATIVE: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ['*', 'mul'],
  ['/', 'div'],
]);

/**
 * A hand-written recursive-descent parser. Grammar, loosest binding first:
 *
 *     sum     = product (("+" | "-") product)*
 *     product = unary (("*" | "/") unary)*
 *     unary   = ("-" | "+") unary | power
 *     power   = primary ("^" unary)?          right-associative; -x^2 = -(x^2), 2^-x = 2^(-x)
 *     primary = number | "e" | name | name "(" sum ("," sum)* ")" | "(" sum ")"
 *
 * `e` is Euler's number (a constant, {@link EULER_NAME}): `e^x` is the exponential; only
 * an old scenario makes it a variable ({@link ExpressionOptions}). It only builds a tree:
 * nothing in the text is ever looked up or run.
 */
class Parser {
  private readonly tokens: readonly Token[];
  private position = 0;
  private depth = 0;
  private readonly eulerIsVariable: boolean;

  constructor(tokens: readonly Token[], options: ExpressionOptions) {
    this.tokens = tokens;
    this.eulerIsVariable = options.eulerIsVariable === true;
  }

  parse(): Expr {
    const ast = this.sum();
    const rest = this.peek();
    if (rest.type !== 'end') throw new Failure(unexpectedToken(rest));
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.position] ?? { type: 'end', text: '', column: 1 };
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.position++;
    return token;
  }

  /** Runs `read` one level deeper, refusing to nest past {@link MAX_NESTING}. */
  private nested<T>(column: number, read: () => T): T {
    if (this.depth >= MAX_NESTING) throw new Failure(tooDeep(column));
    this.depth++;
    const result = read();
    this.depth--;
    return result;
  }

  private sum(): Expr {
    return this.leftAssociative(ADDITIVE, () => this.product());
  }

  private product(): Expr {
    return this.leftAssociative(MULTIPLICATIVE, () => this.unary());
  }

  /** A loop, not recursion: a long chain `x+x+…+x` is flat, not deep. */
  private leftAssociative(ops: ReadonlyMap<string, BinaryOp>, operand: () => Expr): Expr {
    let left = operand();
    for (let token = this.peek(); token.type === 'op'; token = this.peek()) {
      const op = ops.get(token.text);
      if (op === undefined) break;
      this.next();
      left = { kind: 'binary', op, left, right: operand() };
    }
    return left;
  }

  private unary(): Expr {
    const token = this.peek();
    if (token.type !== 'op' || (token.text !== '-' && token.text !== '+')) return this.power();
    this.next();
    const arg = this.nested(token.column, () => this.unary());
    return token.text === '-' ? { kind: 'neg', arg } : arg;
  }

  private power(): Expr {
    const base = this.primary();
    const token = this.peek();
    if (token.type !== 'op' || token.text !== '^') return base;
    this.next();
    const exponent = this.nested(token.column, () => this.unary());
    return { kind: 'binary', op: 'pow', left: base, right: exponent };
  }

  private primary(): Expr {
    const token = this.next();
    if (token.type === 'number') return { kind: 'num', value: token.value };
    if (token.type === 'name') return this.named(token);
    if (token.type !== '(') throw new Failure(unexpectedToken(token));
    const inner = this.nested(token.column, () => this.sum());
    this.closing(token);
    return inner;
  }

  private closing(open: Token): void {
    const token = this.next();
    if (token.type === ')') return;
    throw new Failure(token.type === 'end' ? missingParen(open, token) : unexpectedToken(token));
  }

  /** A variable, or a call: function names are never variables, variables never called. */
  private named(token: Token): Expr {
    const { text: name, column } = token;
    const calls = this.peek().type === '(';
    if (RESERVED_NAMES.has(name)) throw new Failure(reservedName(name, column));
    if (name === EULER_NAME && !this.eulerIsVariable) {
      if (calls) throw new Failure(constantCalled(name, column));
      return { kind: 'num', value: Math.E };
    }
    if (!calls) {
      if (isFunctionName(name)) throw new Failure(functionWithoutCall(name, column));
      return { kind: 'var', name };
    }
    if (!isFunctionName(name)) throw new Failure(unknownFunction(name, column));
    const open = this.next();
    const args = this.nested(open.column, () => this.argumentList(open));
    if (args.length !== FUNCTION_ARITY.get(name))
      throw new Failure(wrongArity(name, args.length, column));
    return { kind: 'call', fn: name, args };
  }

  private argumentList(open: Token): Expr[] {
    const args: Expr[] = [];
    if (this.peek().type === ')') {
      this.next();
      return args;
    }
    args.push(this.sum());
    while (this.peek().type === ',') {
      this.next();
      args.push(this.sum());
    }
    this.closing(open);
    return args;
  }
}

/** Parses a token list (ending with `end`) into a tree, or the first error. Never throws. */
export function parseTokens(
  tokens: readonly Token[],
  options: ExpressionOptions = {},
):
  | { readonly ok: true; readonly ast: Expr }
  | { readonly ok: false; readonly error: ExpressionError } {
  try {
    return { ok: true, ast: new Parser(tokens, options).parse() };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.error };
    throw caught;
  }
}
