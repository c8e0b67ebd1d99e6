import { describe, expect, it } from 'vitest';
import { pointAlong } from './geometry';
import { graphFlow } from './graphFlow';
import { layoutGraph } from './layout';
import { presetView } from './testViews';

describe('graphFlow', () => {
  const view = presetView('cs231n-add-mul');
  const layout = layoutGraph(view.analysis);
  const flow = (i: number) => {
    const step = view.trace.steps[i];
    if (step === undefined) throw new Error(`no step ${i}`);
    return graphFlow(step, view.analysis, layout);
  };

  it('sends each input value forward into the gate', () => {
    const { tokens, pulses } = flow(0);
    expect(tokens.map((t) => [t.value, t.direction])).toEqual([
      [-2, 'forward'],
      [5, 'forward'],
    ]);
    const g1 = layout.nodes.get('g1');
    expect(pulses).toEqual([{ at: { x: g1?.x, y: g1?.y }, direction: 'forward' }]);
    const end = pointAlong(tokens[0]?.segments ?? [], 1);
    expect(Math.hypot(end.x - (g1?.x ?? 0), end.y - (g1?.y ?? 0))).toBeCloseTo(24, 6);
  });

  it('starts the backward pass at f and sends what each gate hands back', () => {
    expect(flow(2).tokens).toEqual([
      { segments: layout.terminalSegments, value: 1, direction: 'backward' },
    ]);
    expect(flow(3).tokens.map((t) => [t.value, t.direction])).toEqual([
      [-4, 'backward'],
      [3, 'backward'],
    ]);
  });

  it('pulses where branches add up', () => {
    const fan = presetView('chain-case-2');
    const last = fan.trace.steps[fan.trace.steps.length - 1];
    if (last === undefined) throw new Error('no step');
    const fanLayout = layoutGraph(fan.analysis);
    const s = fanLayout.nodes.get('s');
    expect(graphFlow(last, fan.analysis, fanLayout).pulses).toEqual([
      { at: { x: s?.x, y: s?.y }, direction: 'backward' },
    ]);
  });
});
