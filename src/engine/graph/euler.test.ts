import { describe, expect, it } from 'vitest';
import { analyzeGraph, evaluateGraph } from './analyze-scenario';
import { parseScenarioText } from '../scenario';
import { collectVariables } from './build';
import { eulerIsVariable } from './grammar';
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

  it('is a variable where the inputs give it a value, as old links and files have it', () => {
    // Written before e was Euler's number: e is the variable, with its own value.
    const old = parseGraphScenario(graph('e * x', { e: 2, x: 3 }));
    expect(old).toEqual({ ok: true, scenario: graph('e * x', { e: 2, x: 3 }) });
    const { value, gradients } = evaluateGraph(graph('e * x', { e: 2, x: 3 }));
    expect(value).toBe(6);
    expect(gradients).toEqual({ e: 3, x: 2 });
    // e^x is then a power of the variable, exactly as those versions computed it.
    expect(evaluateGraph(graph('e^x', { e: 2, x: 3 })).value).toBe(8);
    const parsed = parseExpression('e^x', { eulerIsVariable: true });
    expect(parsed.ok && collectVariables(parsed.ast)).toEqual(['e', 'x']);
  });

  it('a file written then opens the same way', () => {
    const file = '{"version": 1, "kind": "graph", "expression": "exp(e) / e", "inputs": {"e": 1}}';
    const r = parseScenarioText(file);
    expect(r.ok && r.scenario).toEqual(graph('exp(e) / e', { e: 1 }));
    if (r.ok && r.scenario.kind === 'graph')
      expect(evaluateGraph(r.scenario).value).toBe(Math.exp(1));
  });

  it('a value for e that the expression does not use is an unknown input, as before', () => {
    const r = parseGraphScenario(graph('x * 2', { e: 2, x: 1 }));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([
      ['inputs.e', 'unknown-input'],
    ]);
  });

  it('without a value for it, e is Euler’s number, and an expression may not call it', () => {
    const r = parseGraphScenario(graph('e * x', { x: 1 }));
    expect(r.ok && evaluateGraph(r.scenario).value).toBeCloseTo(Math.E, 15);
    expect(eulerIsVariable({ x: 1 })).toBe(false);
    expect(eulerIsVariable({ e: 1 })).toBe(true);
    expect(eulerIsVariable(null)).toBe(false);
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
