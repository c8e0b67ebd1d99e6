import { describe, expect, it } from 'vitest';
import { analyzeGraph, GRAPH_PRESETS, graphPresetScenario } from '../../engine';
import { joinDrawing, splitDrawing } from './drawingParts';
import { drawGraph } from './graphDrawing';

const sum = (terms: number) => Array.from({ length: terms }, () => 'x').join('+');
const drawingOf = (expression: string, inputs: Record<string, number>) =>
  drawGraph(analyzeGraph({ version: 1, kind: 'graph', expression, inputs }));

describe('splitDrawing and joinDrawing', () => {
  it('put every preset back together as it was, in one part or a few', () => {
    for (const preset of GRAPH_PRESETS) {
      const drawing = drawGraph(analyzeGraph(graphPresetScenario(preset.id)));
      const { head, parts } = splitDrawing(drawing);
      expect(parts).toHaveLength(head.parts);
      expect(head.parts).toBeLessThanOrEqual(4);
      expect(joinDrawing(head, parts)).toEqual(drawing);
    }
  });

  it('cut the longest sum into parts of a few hundred wires, and keep the order', () => {
    const drawing = drawingOf(sum(1000), { x: 1 });
    const { head, parts } = splitDrawing(drawing);
    const joined = joinDrawing(head, parts);
    expect(joined).toEqual(drawing);
    expect(joined.layout.edges.map((e) => e.id)).toEqual(drawing.layout.edges.map((e) => e.id));
    expect([...joined.layout.nodes.keys()]).toEqual([...drawing.layout.nodes.keys()]);
    // No part carries more than about a thousand wires' worth of points.
    const wires = parts.map((p) => p.edges?.length ?? 0);
    expect(Math.max(...wires)).toBeLessThan(1000);
    expect(wires.filter((n) => n > 0).length).toBeGreaterThan(2);
  });

  it('keeps the hidden labels of a crowded expression', () => {
    const drawing = drawingOf('x*x*x*x*x*x*x*x + x/x/x/x/x/x', { x: 123456.789 });
    const { head, parts } = splitDrawing(drawing);
    expect(joinDrawing(head, parts).hidden).toEqual(drawing.hidden);
  });
});
