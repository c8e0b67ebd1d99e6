import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast';
import type { GraphAnalysis } from './analysis-types';
import { buildGraph, type Dag } from './build';
import { evaluateDag } from './evaluate';
import { parseExpression } from './parser';
import { printExpression } from './print';
import { VARIABLE_NAMES, smoothExpr, variableValues } from './test-support/arbitraries';

/**
 * Reverse-mode gradients against finite differences, over random expressions:
 * print → parse → build → evaluate, then compare every variable's gradient with the
 * five-point central difference [−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)] / 12h.
 */

const H = 1e-4;
const KINK = 0.01;
/** Keeps arguments of log, sqrt and fractional powers off 0, where derivatives explode. */
const DOMAIN = 0.1;
/** Keeps divisors off 0: 1/x at x = 0.05 has a fifth derivative of 4·10⁸, too much for FD. */
const DIVISOR = 0.25;
const LARGE = 1e4;

function dagOf(tree: Expr): Dag {
  const parsed = parseExpression(printExpression(tree));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildGraph(parsed.ast);
}

const run = (dag: Dag, inputs: Record<string, number>): GraphAnalysis =>
  evaluateDag(dag, new Map(Object.entries(inputs)));

/** Whether every gate is away from kinks and domain edges, with moderate values. */
function wellInside(analysis: GraphAnalysis): boolean {
  return analysis.nodes.every((node) => {
    const [a = NaN, b = NaN] = node.inputs.map((id) => analysis.byId.get(id)?.value ?? NaN);
    if (!Number.isFinite(node.value) || Math.abs(node.value) > LARGE) return false;
    if (node.grad !== null && (!Number.isFinite(node.grad) || Math.abs(node.grad) > LARGE))
      return false;
    switch (node.op) {
      case 'div':
        return Math.abs(b) > DIVISOR;
      case 'log':
      case 'sqrt':
        return a > DOMAIN;
      case 'pow': {
        const exponent = analysis.byId.get(node.inputs[1] ?? '');
        const integerPower = exponent?.kind === 'const' && Number.isInteger(exponent.value);
        return integerPower ? Math.abs(a) > DOMAIN : a > DOMAIN;
      }
      case 'abs':
      case 'relu':
        return Math.abs(a) > KINK;
      case 'max':
      case 'min':
        return Math.abs(a - b) > KINK;
      default:
        return true;
    }
  });
}

/** Which side of every kink each gate is on; finite differences must not cross one. */
const branches = (analysis: GraphAnalysis): string =>
  analysis.nodes
    .map((node) => {
      const [a = NaN, b = NaN] = node.inputs.map((id) => analysis.byId.get(id)?.value ?? NaN);
      if (node.op === 'max' || node.op === 'min') return a >= b ? '1' : '0';
      if (node.op === 'abs' || node.op === 'relu') return a > 0 ? '1' : '0';
      return '';
    })
    .join('');

function centralDifference(
  dag: Dag,
  inputs: Record<string, number>,
  name: string,
): number | undefined {
  const x = inputs[name] ?? 0;
  const h = H * Math.max(1, Math.abs(x));
  const base = branches(run(dag, inputs));
  const f = (k: number): number | undefined => {
    const shifted = run(dag, { ...inputs, [name]: x + k * h });
    return branches(shifted) === base && wellInside(shifted) ? shifted.value : undefined;
  };
  const [m2, m1, p1, p2] = [f(-2), f(-1), f(1), f(2)];
  if (m2 === undefined || m1 === undefined || p1 === undefined || p2 === undefined)
    return undefined;
  return (-p2 + 8 * p1 - 8 * m1 + m2) / (12 * h);
}

describe('gradients agree with finite differences', () => {
  it('on random expressions (relative error ≤ 1e-6, floor 1)', () => {
    let checked = 0;
    fc.assert(
      fc.property(smoothExpr, variableValues, (tree, inputs) => {
        const dag = dagOf(tree);
        const analysis = run(dag, inputs);
        fc.pre(wellInside(analysis));
        for (const name of VARIABLE_NAMES) {
          const exact = analysis.gradients[name];
          if (exact === undefined) continue; // the variable does not occur
          const numeric = centralDifference(dag, inputs, name);
          fc.pre(numeric !== undefined);
          const scale = Math.max(1, Math.abs(exact), Math.abs(numeric));
          expect(Math.abs(exact - numeric) / scale).toBeLessThanOrEqual(1e-6);
          checked++;
        }
      }),
      // A fixed seed: the same 500 expressions on every run, so that a failure can be replayed.
      { numRuns: 500, seed: 20261201 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it('the checker itself notices a wrong derivative', () => {
    const dag = dagOf({ kind: 'call', fn: 'sin', args: [{ kind: 'var', name: 'x' }] });
    const numeric = centralDifference(dag, { x: 0.3 }, 'x') ?? NaN;
    expect(Math.abs(numeric - Math.cos(0.3))).toBeLessThan(1e-10);
    expect(Math.abs(numeric - Math.sin(0.3))).toBeGreaterThan(0.1);
  });
});
