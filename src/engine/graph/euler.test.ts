import { describe, expect, it } from 'vitest';
import { analyzeGraph, evaluateGraph } from './analyze-scenario';
import { collectVariables } from './build';
import { parseExpression } from './parser';
import { printExpression } from './print';
import { parseGraphScenario } from './scenario';
import { texSymbolOf } from './symbols';

const graph = (expression: string, inputs: Record<string, number>) =>
  ({ version: 1, kind: 'graph', expression, inputs }) as const;

describe('e is Euler’s number in every expression', () => {
  it('e^x is the exponential, with the exponential’s gradient', () => {
    const { value, gradients } = evaluateGraph(graph('e^x', { x: 2 }));
    expect(value).toBeCloseTo(Math.exp(2), 14);
    expect(gradients.x).toBeCloseTo(Math.exp(2), 13);
    const parsed = parseExpression('e^x');
    expect(parsed.ok && parsed.ast).toEqual({
      kind: 'binary',
      op: 'pow',
      left: { kind: 'num', value: Math.E },
      right: { kind: 'var', name: 'x' },
    });
  });

  it('is not a variable: it needs no input, and is named e on screen and in formulas', () => {
    const parsed = parseExpression('e * x + ex');
    expect(parsed.ok && collectVariables(parsed.ast)).toEqual(['x', 'ex']);
    if (parsed.ok) expect(printExpression(parsed.ast)).toBe('e * x + ex');
    const analysis = analyzeGraph(graph('e * x', { x: 3 }));
    const constant = analysis.nodes.find((n) => n.kind === 'const');
    expect(constant?.label).toBe('e');
    expect(constant === undefined ? '' : texSymbolOf(constant)).toBe('e');
    expect(analysis.value).toBeCloseTo(3 * Math.E, 14);
  });

  it('cannot be given a value: a scenario that tries is refused, saying why', () => {
    const r = parseGraphScenario(graph('e * x', { e: 2, x: 1 }));
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: 'inputs.e',
        code: 'constant-name',
        message: "'e' is Euler's number (2.718…) in an expression and cannot be given a value",
        params: { name: 'e' },
      },
    ]);
  });

  it('is not a function', () => {
    const r = parseExpression('e(x)');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'constant-called', column: 1 });
  });

  it('2e reads as a number glued to e, with the suggestion 2*e', () => {
    const r = parseExpression('2e');
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'missing-operator',
      params: { suggestion: '2*e' },
    });
  });
});
