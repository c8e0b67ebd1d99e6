import { sigmoid } from '../sigmoid';

/**
 * What each gate computes, its local gradients, and when its result leaves the reals.
 *
 * Local gradients take the gate's input values and its own output (many derivatives are
 * cheapest from the output: exp' = exp, σ' = σ(1 − σ), tanh' = 1 − tanh²). At kinks the
 * choice is fixed and documented: relu'(0) = 0, abs'(0) = 0, and max/min send the whole
 * gradient to one input (the first on a tie), as CS231n's max gate does.
 */
export type GateOp =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'neg'
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
  | 'min';

/** Why a gate's value is not a finite number although its inputs are. */
export type DomainCode = 'log-domain' | 'sqrt-domain' | 'division-by-zero' | 'pow-domain';

interface OpSpec {
  /** Short display label for the gate's circle. */
  readonly label: string;
  readonly arity: 1 | 2;
  readonly forward: (a: number, b: number) => number;
  readonly local: (a: number, b: number, out: number) => readonly number[];
  /** The specific reason for a non-finite result, when there is one. */
  readonly domain?: (a: number, b: number) => DomainCode | undefined;
}

/** ∂(a^b)/∂b = a^b · ln a; for a = 0 and b > 0 the power is flat at 0. */
function powExponentSlope(a: number, b: number, out: number): number {
  if (a === 0 && b > 0) return 0;
  return out * Math.log(a);
}

const either = (a: number, b: number): boolean => Number.isNaN(a) || Number.isNaN(b);

export const OPS: Readonly<Record<GateOp, OpSpec>> = {
  add: { label: '+', arity: 2, forward: (a, b) => a + b, local: () => [1, 1] },
  sub: { label: '\u2212', arity: 2, forward: (a, b) => a - b, local: () => [1, -1] },
  mul: { label: '\u00d7', arity: 2, forward: (a, b) => a * b, local: (a, b) => [b, a] },
  div: {
    label: '\u00f7',
    arity: 2,
    forward: (a, b) => a / b,
    local: (a, b) => [1 / b, -a / (b * b)],
    domain: (_a, b) => (b === 0 ? 'division-by-zero' : undefined),
  },
  pow: {
    label: '^',
    arity: 2,
    forward: (a, b) => Math.pow(a, b),
    local: (a, b, out) => [b === 0 ? 0 : b * Math.pow(a, b - 1), powExponentSlope(a, b, out)],
    domain: (a, b) =>
      (a < 0 && !Number.isInteger(b)) || (a === 0 && b < 0) ? 'pow-domain' : undefined,
  },
  neg: { label: '\u2212', arity: 1, forward: (a) => -a, local: () => [-1] },
  exp: { label: 'exp', arity: 1, forward: Math.exp, local: (_a, _b, out) => [out] },
  log: {
    label: 'log',
    arity: 1,
    forward: Math.log,
    local: (a) => [1 / a],
    domain: (a) => (a <= 0 ? 'log-domain' : undefined),
  },
  sqrt: {
    label: '\u221a',
    arity: 1,
    forward: Math.sqrt,
    local: (_a, _b, out) => [1 / (2 * out)],
    domain: (a) => (a < 0 ? 'sqrt-domain' : undefined),
  },
  abs: { label: 'abs', arity: 1, forward: Math.abs, local: (a) => [a > 0 ? 1 : a < 0 ? -1 : 0] },
  sin: { label: 'sin', arity: 1, forward: Math.sin, local: (a) => [Math.cos(a)] },
  cos: { label: 'cos', arity: 1, forward: Math.cos, local: (a) => [-Math.sin(a)] },
  tanh: { label: 'tanh', arity: 1, forward: Math.tanh, local: (_a, _b, out) => [1 - out * out] },
  sigmoid: { label: '\u03c3', arity: 1, forward: sigmoid, local: (_a, _b, s) => [s * (1 - s)] },
  relu: {
    label: 'relu',
    arity: 1,
    forward: (a) => (a > 0 ? a : Number.isNaN(a) ? a : 0),
    local: (a) => [a > 0 ? 1 : 0],
  },
  max: {
    label: 'max',
    arity: 2,
    forward: (a, b) => (either(a, b) ? NaN : a >= b ? a : b),
    local: (a, b) => (either(a, b) ? [NaN, NaN] : a >= b ? [1, 0] : [0, 1]),
  },
  min: {
    label: 'min',
    arity: 2,
    forward: (a, b) => (either(a, b) ? NaN : a <= b ? a : b),
    local: (a, b) => (either(a, b) ? [NaN, NaN] : a <= b ? [1, 0] : [0, 1]),
  },
};

/** Every operation, in the order of {@link GateOp}; for exhaustive tables such as i18n keys. */
export const GATE_OPS = Object.keys(OPS) as readonly GateOp[];
