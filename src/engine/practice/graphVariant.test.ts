import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze-scenario';
import { GRAPH_PRESETS, graphPresetScenario } from '../graph/presets';
import type { GraphScenario } from '../graph/scenario';
import { parseGraphScenario } from '../graph/scenario';
import { graphVariant, isFriendlyGraph } from './graphVariant';

const graph = (expression: string, inputs: Record<string, number>): GraphScenario => ({
  version: 1,
  kind: 'graph',
  expression,
  inputs,
});

const drawn = (scenario: GraphScenario, n: number): GraphScenario => {
  const result = graphVariant(scenario, n);
  if (!result.ok) throw new Error(`no variant ${n} of ${scenario.expression}`);
  return result.scenario;
};

describe('graph variants', () => {
  it.each(GRAPH_PRESETS.map((p) => p.id))(
    '%s: friendly inputs in the style of the originals, for 100 numbers',
    (id) => {
      const original = graphPresetScenario(id);
      for (let n = 0; n < 100; n++) {
        const variant = drawn(original, n);
        expect(variant.expression).toBe(original.expression);
        expect(parseGraphScenario(variant)).toEqual({ ok: true, scenario: variant });
        const analysis = analyzeGraph(variant);
        expect(analysis.problems).toEqual([]);
        expect(isFriendlyGraph(analysis)).toBe(true);
        for (const [name, value] of Object.entries(variant.inputs)) {
          const was = original.inputs[name] ?? NaN;
          expect(Math.sign(value)).toBe(Math.sign(was));
          if (Number.isInteger(was)) expect(Number.isInteger(value)).toBe(true);
          else expect(Math.round(value * 10) / 10).toBe(value);
          if (Math.abs(was) <= 3) expect(Math.abs(value)).toBeLessThanOrEqual(9);
        }
      }
    },
  );

  it('is the same for everyone with the same number, and varies with it', () => {
    const addMul = graphPresetScenario('cs231n-add-mul');
    expect(graphVariant(addMul, 7)).toEqual(graphVariant(addMul, 7));
    const seen = new Set(
      Array.from({ length: 30 }, (_, n) => JSON.stringify(drawn(addMul, n).inputs)),
    );
    expect(seen.size).toBeGreaterThanOrEqual(28);
  });

  it('keeps the inputs of variant 1 (links are a promise)', () => {
    expect(drawn(graphPresetScenario('cs231n-add-mul'), 1).inputs).toEqual({ x: -4, y: 2, z: -8 });
    expect(drawn(graphPresetScenario('apple'), 1).inputs).toEqual({
      apple: 93,
      apple_num: 3,
      tax: 1.6,
    });
  });

  it('draws around the domain of the functions: positive under log and √, no zero denominator', () => {
    const scenario = graph('log(x) + sqrt(y) / (x - y)', { x: 2, y: 1 });
    for (let n = 0; n < 50; n++) {
      const { x = NaN, y = NaN } = drawn(scenario, n).inputs;
      expect(x).toBeGreaterThanOrEqual(0.1);
      expect(y).toBeGreaterThanOrEqual(0.1);
      expect(Math.abs(x - y)).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('stays off ties, kinks and saturation', () => {
    const scenario = graph('max(x, y) + relu(z) + sigmoid(x * y)', { x: 1, y: 2, z: -1 });
    for (let n = 0; n < 50; n++) {
      const { x = NaN, y = NaN, z = NaN } = drawn(scenario, n).inputs;
      expect(Math.abs(x - y)).toBeGreaterThanOrEqual(0.1);
      expect(Math.abs(z)).toBeGreaterThanOrEqual(0.1);
      expect(Math.abs(x * y)).toBeLessThanOrEqual(4);
    }
  });

  it.each([
    ['log(x - x)', { x: 1 }],
    ['1 / (x - x)', { x: 2 }],
    ['sqrt(-abs(x) - 1)', { x: 1 }],
  ])('reports that %s has no friendly inputs', (expression, inputs) => {
    expect(graphVariant(graph(expression, inputs), 4)).toEqual({
      ok: false,
      code: 'no-friendly-inputs',
    });
  });

  it('refuses a variant number a link should not carry', () => {
    expect(() => graphVariant(graphPresetScenario('apple'), -3)).toThrow(RangeError);
  });
});
