import { describe, expect, it } from 'vitest';
import { analyzeGraph, evaluateGraph, GRAPH_PRESETS, graphPresetScenario } from '../../engine';
import { chainDerivative, chainShape, localGradient, nudge, NUDGES } from './chainRule';

describe('chainShape', () => {
  it('finds case 1 in sin(x²) and case 2 in eˢ·s²', () => {
    expect(chainShape(analyzeGraph(graphPresetScenario('chain-case-1')))).toEqual({
      case: 1,
      input: 'x',
      x: 'x',
      y: 'g1',
      z: 'g2',
    });
    expect(chainShape(analyzeGraph(graphPresetScenario('chain-case-2')))).toEqual({
      case: 2,
      input: 's',
      s: 's',
      x: 'g1',
      y: 'g2',
      z: 'g3',
    });
  });

  it('finds neither in the other presets', () => {
    for (const p of GRAPH_PRESETS.filter((p) => !p.id.startsWith('chain'))) {
      expect(chainShape(analyzeGraph(graphPresetScenario(p.id)))).toBeNull();
    }
  });
});

describe('the chain rule with numbers', () => {
  it.each(['chain-case-1', 'chain-case-2'] as const)(
    '%s: the chain rule gives the engine’s gradient',
    (id) => {
      const scenario = graphPresetScenario(id);
      const analysis = analyzeGraph(scenario);
      const shape = chainShape(analysis);
      if (shape === null) throw new Error('no shape');
      const chain = chainDerivative(analysis, shape);
      const input = shape.input;
      expect(chain.total).toBeCloseTo(evaluateGraph(scenario).gradients[input] ?? NaN, 12);
    },
  );

  it('case 1: dz/dx = dz/dy · dy/dx = cos(1) · 2', () => {
    const analysis = analyzeGraph(graphPresetScenario('chain-case-1'));
    const shape = chainShape(analysis);
    if (shape?.case !== 1) throw new Error('not case 1');
    expect(chainDerivative(analysis, shape)).toMatchObject({ dydx: 2, dzdy: Math.cos(1) });
    expect(localGradient(analysis, 'g1', 'nope')).toBeNaN();
  });

  it.each(['chain-case-1', 'chain-case-2'] as const)(
    '%s: Δz/Δx converges to the chain rule as the nudge shrinks',
    (id) => {
      const scenario = graphPresetScenario(id);
      const analysis = analyzeGraph(scenario);
      const shape = chainShape(analysis);
      if (shape === null) throw new Error('no shape');
      const exact = chainDerivative(analysis, shape).total;
      const errors = NUDGES.map((d) => Math.abs(nudge(scenario, shape, d).ratio - exact));
      errors.slice(1).forEach((e, i) => expect(e).toBeLessThan(errors[i] ?? 0));
      expect(errors.at(-1)).toBeLessThan(1e-3);
    },
  );

  it('reports how far each quantity moves', () => {
    const scenario = graphPresetScenario('chain-case-1');
    const shape = chainShape(analyzeGraph(scenario));
    if (shape === null) throw new Error('no shape');
    const result = nudge(scenario, shape, 0.5);
    expect(result.change.g1).toBeCloseTo(1.5 ** 2 - 1, 12);
    expect(result.change.g2).toBeCloseTo(Math.sin(2.25) - Math.sin(1), 12);
    expect(result.ratio).toBeCloseTo((Math.sin(2.25) - Math.sin(1)) / 0.5, 12);
  });
});
