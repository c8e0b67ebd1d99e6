import { describe, it, expect } from 'vitest';
import { analyzeGraph, evaluateGraph } from './analyze-scenario';
import { GRAPH_PRESETS, graphPresetScenario, type GraphPresetId } from './presets';
import { parseGraphScenario } from './scenario';

/**
 * Every preset against its published numbers: DLFS chapter 5 (apples), CS231n's
 * "Backpropagation, Intuitions" (circuits), and the chain-rule cases worked by hand.
 */
const expected: Record<
  GraphPresetId,
  { value: number; gradients: Record<string, number>; digits: number }
> = {
  apple: { value: 220, gradients: { apple: 2.2, apple_num: 110, tax: 200 }, digits: 12 },
  'apple-orange': {
    value: 715,
    gradients: { apple: 2.2, apple_num: 110, orange: 3.3, orange_num: 165, tax: 650 },
    digits: 12,
  },
  'cs231n-add-mul': { value: -12, gradients: { x: -4, y: -4, z: 3 }, digits: 14 },
  'cs231n-sigmoid-neuron': {
    // σ(1) and σ(1)(1 − σ(1)) times each input's partner; CS231n prints 0.73 and ±0.2, ±0.39, −0.59.
    value: 0.7310585786300049,
    gradients: {
      w0: -0.19661193324148185,
      x0: 0.3932238664829637,
      w1: -0.3932238664829637,
      x1: -0.5898357997244456,
      w2: 0.19661193324148185,
    },
    digits: 14,
  },
  staged: {
    // f = (x + σ(y)) / (σ(x) + (x + y)²) at (3, −4), derivatives worked in 30-digit arithmetic.
    value: 1.5456448841066441,
    gradients: { x: 2.059569795572165, y: 1.5922327514838093 },
    digits: 14,
  },
  'max-gate': { value: -20, gradients: { x: -8, y: 6, z: 2, w: 0 }, digits: 14 },
  // sin(1); dz/dx = cos(x²) · 2x = 2 cos 1.
  'chain-case-1': { value: 0.8414709848078965, gradients: { x: 1.0806046117362795 }, digits: 14 },
  // e; dz/ds = s² eˢ + eˢ · 2s = 3e: the two paths add.
  'chain-case-2': { value: 2.718281828459045, gradients: { s: 8.154845485377136 }, digits: 13 },
};

describe('graph presets', () => {
  it('has one expectation per preset, and unique ids', () => {
    expect(GRAPH_PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('%s matches the published numbers', (id) => {
    const want = expected[id];
    const { value, gradients } = evaluateGraph(graphPresetScenario(id));
    expect(value).toBeCloseTo(want.value, want.digits);
    expect(Object.keys(gradients)).toEqual(Object.keys(want.gradients));
    for (const [name, g] of Object.entries(want.gradients))
      expect(gradients[name]).toBeCloseTo(g, want.digits);
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('%s is a valid scenario with no problems', (id) => {
    const scenario = graphPresetScenario(id);
    expect(parseGraphScenario(scenario)).toEqual({ ok: true, scenario });
    expect(analyzeGraph(scenario).problems).toEqual([]);
  });

  it('keeps the DLFS apple example as two multiply layers', () => {
    const analysis = analyzeGraph(graphPresetScenario('apple'));
    expect(analysis.gates).toEqual(['g1', 'g2']);
    expect(analysis.byId.get('g1')).toMatchObject({
      op: 'mul',
      inputs: ['apple', 'apple_num'],
      value: 200,
      grad: 1.1,
    });
    expect(analysis.byId.get('g2')).toMatchObject({ op: 'mul', inputs: ['g1', 'tax'] });
  });

  it('shows fan-out where the references have it', () => {
    const uses = (id: GraphPresetId, node: string): number =>
      analyzeGraph(graphPresetScenario(id)).byId.get(node)?.uses.length ?? 0;
    expect(uses('staged', 'x')).toBe(3);
    expect(uses('staged', 'y')).toBe(2);
    expect(uses('chain-case-2', 's')).toBe(2);
    expect(uses('chain-case-1', 'x')).toBe(1);
    expect(uses('cs231n-sigmoid-neuron', 'c1')).toBe(2);
  });

  it('routes the max gate’s gradient to the larger input only', () => {
    const analysis = analyzeGraph(graphPresetScenario('max-gate'));
    const max = analysis.nodes.find((n) => n.op === 'max');
    expect(max?.local).toEqual([1, 0]);
    expect(max?.contributions).toEqual([2, 0]);
  });
});
