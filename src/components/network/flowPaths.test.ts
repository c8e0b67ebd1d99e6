import { describe, expect, it } from 'vitest';
import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  graphPresetScenario,
  LECTURE_SCENARIO,
  type TraceStep,
} from '../../engine';
import { flowFor } from './flowPaths';
import { along, layoutNetwork } from './layout';

const trace = buildNetworkTrace(LECTURE_SCENARIO);
const layout = layoutNetwork(LECTURE_SCENARIO.layers);
const r = layout.radius;
const s = layout.ampSize;

/** The first step of `kind` that writes `id`. */
function stepOf(kind: TraceStep['kind'], id: string): TraceStep {
  const step = trace.steps.find((x) => x.kind === kind && x.writes[0] === id);
  if (step === undefined) throw new Error(`no ${kind} step writes ${id}`);
  return step;
}

const neuron = (l: number, j: number) => layout.neurons[l]?.[j] ?? { x: NaN, y: NaN };
const amp = (l: number, j: number) => layout.amps[l]?.[j] ?? { x: NaN, y: NaN };

describe('flowFor on the lecture network', () => {
  it('sends each w·a product from its source into the neuron whose z is computed', () => {
    const { tokens, pulses } = flowFor(stepOf('z', 'neuron-2-0'), layout);
    expect(pulses).toEqual([]);
    // z₃ = w₃,₁a₁ + w₃,₂a₂ + b₃ with w = 2, −1: two products, one per incoming wire.
    expect(tokens.map((t) => t.direction)).toEqual(['forward', 'forward']);
    expect(tokens[0]?.value).toBeCloseTo(2 * 0.9820137900379085, 12);
    expect(tokens[1]?.value).toBeCloseTo(-1 * 0.11920292202211755, 12);
    expect(tokens[1]?.from).toEqual({ x: neuron(1, 1).x + r, y: neuron(1, 1).y });
    expect(tokens[0]?.to).toEqual({ x: neuron(2, 0).x - r, y: neuron(2, 0).y });
  });

  it('pulses the neuron for σ and the op-amp for its gain', () => {
    expect(flowFor(stepOf('a', 'neuron-1-1'), layout)).toEqual({
      tokens: [],
      pulses: [{ at: neuron(1, 1), direction: 'forward' }],
    });
    expect(flowFor(stepOf('amp', 'amp-2-1'), layout)).toEqual({
      tokens: [],
      pulses: [{ at: amp(2, 1), direction: 'backward' }],
    });
  });

  it('runs the reverse network backwards: ∂C/∂y from the cost, Σ w·δ from the next op-amps', () => {
    const dCdy = flowFor(stepOf('dCdy', 'amp-3-1'), layout);
    expect(dCdy.tokens).toEqual([
      {
        from: layout.cost,
        to: { x: amp(3, 1).x + s, y: amp(3, 1).y },
        value: stepOf('dCdy', 'amp-3-1').result,
        direction: 'backward',
      },
    ]);
    const sum = flowFor(stepOf('sum', 'amp-1-0'), layout);
    expect(sum.tokens.map((t) => t.from)).toEqual([
      { x: amp(2, 0).x - s, y: amp(2, 0).y },
      { x: amp(2, 1).x - s, y: amp(2, 1).y },
    ]);
    expect(sum.tokens.every((t) => t.direction === 'backward')).toBe(true);
  });

  it('meets a forward and a backward value on the weight for ∂C/∂w', () => {
    const step = stepOf('dW', 'edge-1-0-1');
    const { tokens } = flowFor(step, layout);
    const target = along(neuron(1, 0), neuron(2, 1), 0.72);
    expect(tokens).toEqual([
      { from: neuron(1, 0), to: target, value: step.operands[0]?.value, direction: 'forward' },
      { from: amp(2, 1), to: target, value: step.operands[1]?.value, direction: 'backward' },
    ]);
  });

  it('pulses the weight and the bias as they are updated', () => {
    expect(flowFor(stepOf('update-w', 'edge-2-1-0'), layout).pulses).toEqual([
      { at: along(neuron(2, 1), neuron(3, 0), 0.25), direction: 'forward' },
    ]);
    expect(flowFor(stepOf('update-b', 'bias-3-1'), layout).pulses).toEqual([
      { at: { x: neuron(3, 1).x, y: neuron(3, 1).y + r + 20 }, direction: 'forward' },
    ]);
  });

  it('sends the outputs into the cost', () => {
    const { tokens, pulses } = flowFor(stepOf('cost', 'loss'), layout);
    expect(tokens.map((t) => t.to)).toEqual([layout.cost, layout.cost]);
    expect(pulses).toEqual([{ at: layout.cost, direction: 'forward' }]);
  });

  it('draws nothing for a graph step', () => {
    const graph = buildGraphTrace(analyzeGraph(graphPresetScenario('apple')));
    for (const step of graph.steps)
      expect(flowFor(step, layout)).toEqual({ tokens: [], pulses: [] });
  });
});
