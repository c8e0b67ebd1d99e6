import type { ParamKinds } from '../params';
import type { GraphProblem, GraphProblemCode } from './analysis-types';
import { OPS, type GateOp } from './ops';

/**
 * Names the cause of a non-finite number where it first appears, so one bad `log` is
 * reported once rather than at every gate its NaN flows through.
 */

/**
 * Each problem's parameters (kinds as in params.ts): the UI translates
 * `graph.problem.CODE`; a unit test fills each message with exactly these. The base of a
 * power is a `base`, so a negative one keeps its parentheses: (−8)^0.333.
 */
export const GRAPH_PROBLEM_PARAMS = {
  'log-domain': { gate: 'word', op: 'word', label: 'word', a: 'number' },
  'sqrt-domain': { gate: 'word', op: 'word', label: 'word', a: 'number' },
  'division-by-zero': { gate: 'word', op: 'word', label: 'word', a: 'number', b: 'number' },
  'pow-domain': { gate: 'word', op: 'word', label: 'word', a: 'base', b: 'number' },
  'non-finite': { gate: 'word', op: 'word', label: 'word', a: 'number' },
  'non-finite-gradient': { gate: 'word', op: 'word', label: 'word', input: 'word' },
} as const satisfies Readonly<Record<GraphProblemCode, ParamKinds>>;

/** A number in an English message: NaN is not written as if it were one. */
const show = (x: number): string => (Number.isNaN(x) ? 'not a real number' : String(x));

/** A base in an English message: negative bases keep their parentheses, (-8)^0.5. */
const showBase = (x: number): string => (x < 0 || Object.is(x, -0) ? `(${show(x)})` : show(x));

/** A gate's value is not finite although all its inputs are. */
export function forwardProblem(
  gate: string,
  op: GateOp,
  args: readonly number[],
  value: number,
): GraphProblem {
  const [a = NaN, b = NaN] = args;
  const code = OPS[op].domain?.(a, b) ?? 'non-finite';
  const params: Record<string, string | number> = { gate, op, label: OPS[op].label, a };
  if (args.length > 1) params.b = b;
  const where = `at gate ${gate}`;
  const messages: Record<typeof code, string> = {
    'log-domain': `log of ${show(a)} ${where} is ${a === 0 ? '-Infinity' : 'not a real number'}`,
    'sqrt-domain': `square root of the negative number ${show(a)} ${where}`,
    'division-by-zero': `division of ${show(a)} by zero ${where}`,
    'pow-domain': `${showBase(a)}^${show(b)} ${where} is ${a === 0 ? 'infinite' : 'not a real number'}`,
    'non-finite': `${op} ${where} gives ${show(value)} (the result is too large)`,
  };
  return { gate, phase: 'forward', code, message: messages[code], params };
}

/** The gradient a gate sends to an input is not finite although its upstream gradient is. */
export function backwardProblem(
  gate: string,
  op: GateOp,
  input: string,
  local: number,
  contribution: number,
): GraphProblem {
  const message =
    `the gradient gate ${gate} (${op}) sends to ${input} is ${show(contribution)}` +
    ` (local gradient ${show(local)})`;
  return {
    gate,
    phase: 'backward',
    code: 'non-finite-gradient',
    message,
    params: { gate, op, label: OPS[op].label, input },
  };
}
