import { describe, expect, it } from 'vitest';
import { GRAPH_PRESETS, type TraceStep } from '../../engine';
import { ENGLISH_WORDS, graphStepTex, localTex, opTex, texNum } from './graphTex';
import { presetView } from './testViews';

const stepOf = (id: Parameters<typeof presetView>[0], index: number): TraceStep => {
  const step = presetView(id).trace.steps[index];
  if (step === undefined) throw new Error(`no step ${index}`);
  return step;
};

describe('graphStepTex', () => {
  const { analysis } = presetView('cs231n-add-mul');

  it('writes a forward step in symbols, then with the numbers', () => {
    expect(graphStepTex(stepOf('cs231n-add-mul', 0), analysis)).toEqual([
      'g_{1} = x + y',
      '= (-2) + 5 = 3',
    ]);
    expect(graphStepTex(stepOf('cs231n-add-mul', 1), analysis)).toEqual([
      'g_{2} = g_{1} \\cdot z',
      '= 3 \\cdot (-4) = -12',
    ]);
  });

  it('seeds the backward pass with ∂f/∂f = 1', () => {
    expect(graphStepTex(stepOf('cs231n-add-mul', 2), analysis)).toEqual([
      'f = g_{2}',
      '\\frac{\\partial f}{\\partial f} = \\frac{\\partial f}{\\partial g_{2}} = 1',
    ]);
  });

  it('shows a multiply gate swapping its inputs: local · upstream = downstream', () => {
    const lines = graphStepTex(stepOf('cs231n-add-mul', 3), analysis, {
      local: 'L',
      upstream: 'U',
      downstream: 'D',
      notReal: 'N',
    });
    expect(lines[0]).toBe('\\text{L} \\cdot \\text{U} = \\text{D}');
    expect(lines).toHaveLength(3);
    // g1 receives z's value, z receives g1's value.
    expect(lines[1]).toContain('_{\\textstyle z = -4}');
    expect(lines[1]).toMatch(/= -4$/);
    expect(lines[2]).toContain('_{\\textstyle g_{1} = 3}');
    expect(lines[2]).toMatch(/= 3$/);
  });

  it('adds up the branches where a fan-out completes', () => {
    const view = presetView('chain-case-2');
    const last = view.trace.steps[view.trace.steps.length - 1];
    if (last === undefined) throw new Error('no step');
    const lines = graphStepTex(last, view.analysis);
    expect(lines.at(-2)).toMatch(/^\\frac\{\\partial f\}\{\\partial s\} = .* \+ /);
    expect(lines.at(-1)).toBe('= 2.718 + 5.437 = 8.155');
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('%s: every step has a formula with numbers', (id) => {
    const view = presetView(id);
    for (const step of view.trace.steps) {
      const lines = graphStepTex(step, view.analysis, ENGLISH_WORDS);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/NaN|undefined|\{\}/);
    }
  });
});

describe('TeX pieces', () => {
  it('formats numbers for TeX', () => {
    expect(texNum(-0.5, true)).toBe('(-0.5)');
    expect(texNum(0.000012)).toBe('1.2\\times 10^{-5}');
    expect(texNum(Infinity)).toBe('\\infty');
  });

  it('has a formula and local gradients for every operation', () => {
    expect(opTex('div', 'a', 'b')).toBe('\\frac{a}{b}');
    expect(opTex('sigmoid', 'x', '')).toBe('\\sigma(x)');
    expect(localTex('mul', 0, 'a', 'b', 'g')).toBe('b');
    expect(localTex('sigmoid', 0, 'a', '', 'g')).toBe('g\\,(1 - g)');
    expect(localTex('max', 1, 'a', 'b', 'g')).toBe('[a < b]');
  });
});
