import { describe, it, expect } from 'vitest';
import type { GraphAnalysis, GraphNodeResult } from './analysis-types';
import { buildGraph } from './build';
import { evaluateDag } from './evaluate';
import { parseExpression } from './parser';

const analyze = (source: string, inputs: Record<string, number>): GraphAnalysis => {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(result.error.message);
  return evaluateDag(buildGraph(result.ast), new Map(Object.entries(inputs)));
};

const node = (analysis: GraphAnalysis, id: string): GraphNodeResult => {
  const found = analysis.byId.get(id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

describe('evaluateDag: gradients', () => {
  it('sums the two uses of a shared variable: d(x*x)/dx = 2x', () => {
    const a = analyze('x * x', { x: 3 });
    expect(a.value).toBe(9);
    expect(a.gradients).toEqual({ x: 6 });
    const x = node(a, 'x');
    expect(x.uses).toEqual([
      { gate: 'g1', slot: 0 },
      { gate: 'g1', slot: 1 },
    ]);
    expect(node(a, 'g1').local).toEqual([3, 3]);
    expect(node(a, 'g1').contributions).toEqual([3, 3]);
  });

  it('sends a shared gate its summed gradient: (a+b)*(a+b)', () => {
    const a = analyze('(a+b)*(a+b)', { a: 1, b: 2 });
    expect(a.value).toBe(9);
    expect(node(a, 'g1').grad).toBe(6);
    expect(a.gradients).toEqual({ a: 6, b: 6 });
  });

  it('records local gradients and contributions: multiply swaps, add distributes', () => {
    const a = analyze('(x + y) * z', { x: -2, y: 5, z: -4 });
    expect(node(a, 'g2')).toMatchObject({
      op: 'mul',
      label: '\u00d7',
      grad: 1,
      local: [-4, 3],
      contributions: [-4, 3],
    });
    expect(node(a, 'g1')).toMatchObject({
      op: 'add',
      label: '+',
      grad: -4,
      local: [1, 1],
      contributions: [-4, -4],
    });
    expect(node(a, 'x')).toMatchObject({
      kind: 'var',
      op: null,
      label: 'x',
      domId: 'var-x',
      grad: -4,
      inputs: [],
    });
    expect(node(a, 'g2').domId).toBe('gate-g2');
  });

  it.each<[string, Record<string, number>, number, Record<string, number>]>([
    ['x - y', { x: 5, y: 2 }, 3, { x: 1, y: -1 }],
    ['x / y', { x: 3, y: 2 }, 1.5, { x: 0.5, y: -0.75 }],
    ['x ^ y', { x: 2, y: 3 }, 8, { x: 12, y: 8 * Math.log(2) }],
    ['-x', { x: 2 }, -2, { x: -1 }],
    ['exp(x)', { x: 1 }, Math.E, { x: Math.E }],
    ['log(x)', { x: 4 }, Math.log(4), { x: 0.25 }],
    ['sqrt(x)', { x: 4 }, 2, { x: 0.25 }],
    ['abs(x)', { x: -3 }, 3, { x: -1 }],
    ['sin(x)', { x: 0.5 }, Math.sin(0.5), { x: Math.cos(0.5) }],
    ['cos(x)', { x: 0.5 }, Math.cos(0.5), { x: -Math.sin(0.5) }],
    ['tanh(x)', { x: 0.5 }, Math.tanh(0.5), { x: 1 - Math.tanh(0.5) ** 2 }],
    ['sigmoid(x)', { x: 0 }, 0.5, { x: 0.25 }],
    ['relu(x)', { x: 2 }, 2, { x: 1 }],
    ['relu(x)', { x: -2 }, 0, { x: 0 }],
    ['max(x, y)', { x: 1, y: 4 }, 4, { x: 0, y: 1 }],
    ['min(x, y)', { x: 1, y: 4 }, 1, { x: 1, y: 0 }],
    ['0^x', { x: 2 }, 0, { x: 0 }],
    ['x^0', { x: 0 }, 1, { x: 0 }],
    ['x^1', { x: 0 }, 0, { x: 1 }],
    ['x^3', { x: -2 }, -8, { x: 12 }],
  ])('%s at %j', (source, inputs, value, gradients) => {
    const a = analyze(source, inputs);
    expect(a.value).toBeCloseTo(value, 14);
    for (const [name, g] of Object.entries(gradients)) expect(a.gradients[name]).toBeCloseTo(g, 14);
    expect(a.problems).toEqual([]);
  });

  it('keeps sigmoid finite for large inputs', () => {
    expect(analyze('sigmoid(x)', { x: -800 })).toMatchObject({
      value: 0,
      gradients: { x: 0 },
      problems: [],
    });
    expect(analyze('sigmoid(x)', { x: 800 })).toMatchObject({
      value: 1,
      gradients: { x: 0 },
      problems: [],
    });
    expect(analyze('sigmoid(x)', { x: -30 }).value).toBeCloseTo(Math.exp(-30), 25);
  });

  it.each<[string, Record<string, number>, Record<string, number>]>([
    ['relu(x)', { x: 0 }, { x: 0 }],
    ['abs(x)', { x: 0 }, { x: 0 }],
    ['max(x, y)', { x: 2, y: 2 }, { x: 1, y: 0 }],
    ['min(x, y)', { x: 2, y: 2 }, { x: 1, y: 0 }],
    ['max(x, y)', { x: 3, y: 2 }, { x: 1, y: 0 }],
    ['min(x, y)', { x: 3, y: 2 }, { x: 0, y: 1 }],
  ])('fixes the derivative at the kink of %s at %j', (source, inputs, gradients) => {
    expect(analyze(source, inputs).gradients).toEqual(gradients);
  });

  it('sends no gradient into constants, so x^2 at x < 0 stays finite', () => {
    const a = analyze('(x + y)^2', { x: 3, y: -4 });
    expect(a.gradients).toEqual({ x: -2, y: -2 });
    expect(node(a, 'c1').grad).toBeNull();
    expect(node(a, 'g2').local).toEqual([-2, null]);
    expect(node(a, 'g2').contributions).toEqual([-2, null]);
    expect(a.problems).toEqual([]);
  });

  it('gives no gradient to gates that depend on no variable, but seeds a constant output', () => {
    const a = analyze('x * (2 * 3)', { x: 5 });
    expect(a.value).toBe(30);
    expect(node(a, 'g1').grad).toBeNull();
    expect(node(a, 'g1').local).toEqual([null, null]);
    expect(a.gradients).toEqual({ x: 6 });
    const constant = analyze('2 * 3', {});
    expect(constant.output).toBe('g1');
    expect(node(constant, 'g1').grad).toBe(1);
    expect(constant.gradients).toEqual({});
  });

  it('treats a lone variable as its own output', () => {
    const a = analyze('x', { x: 7 });
    expect(a).toMatchObject({ value: 7, output: 'x', gates: [], gradients: { x: 1 } });
  });
});

describe('evaluateDag: problems', () => {
  it.each<[string, Record<string, number>, string, string, string]>([
    ['log(x)', { x: -1 }, 'g1', 'log-domain', 'log of -1 at gate g1 is not a real number'],
    ['log(x)', { x: 0 }, 'g1', 'log-domain', 'log of 0 at gate g1 is -Infinity'],
    [
      'sqrt(x) + 1',
      { x: -4 },
      'g1',
      'sqrt-domain',
      'square root of the negative number -4 at gate g1',
    ],
    ['1 + x / y', { x: 1, y: 0 }, 'g1', 'division-by-zero', 'division of 1 by zero at gate g1'],
    ['x ^ 0.5', { x: -2 }, 'g1', 'pow-domain', '(-2)^0.5 at gate g1 is not a real number'],
    ['x ^ -1', { x: 0 }, 'g1', 'pow-domain', '0^-1 at gate g1 is infinite'],
    [
      'exp(x)',
      { x: 1000 },
      'g1',
      'non-finite',
      'exp at gate g1 gives Infinity (the result is too large)',
    ],
  ])('%s at %j: %s at %s', (source, inputs, gate, code, message) => {
    const a = analyze(source, inputs);
    expect(a.problems[0]).toMatchObject({ gate, phase: 'forward', code, message });
    expect(a.problems.filter((p) => p.phase === 'forward')).toHaveLength(1);
  });

  it('reports a NaN once, where it starts, not at every gate it flows through', () => {
    const a = analyze('exp(log(x) * 2) + 1', { x: -1 });
    expect(Number.isNaN(a.value)).toBe(true);
    expect(a.problems.map((p) => [p.gate, p.phase, p.code])).toEqual([
      ['g1', 'forward', 'log-domain'],
    ]);
    expect(a.problems[0]?.params).toEqual({ gate: 'g1', op: 'log', label: 'log', a: -1 });
  });

  it('reports an infinite slope in the backward pass', () => {
    const a = analyze('sqrt(x)', { x: 0 });
    expect(a.value).toBe(0);
    expect(a.gradients.x).toBe(Infinity);
    expect(a.problems).toEqual([
      {
        gate: 'g1',
        phase: 'backward',
        code: 'non-finite-gradient',
        message: 'the gradient gate g1 (sqrt) sends to x is Infinity (local gradient Infinity)',
        params: { gate: 'g1', op: 'sqrt', label: '\u221a', input: 'x' },
      },
    ]);
  });
});
