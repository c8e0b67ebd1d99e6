import { describe, expect, it } from 'vitest';
import { analyzeGraph, GRAPH_PRESETS, graphPresetScenario } from '../../engine';
import { pointAlong } from './geometry';
import { assignColumns, layerGraph } from './layering';
import { layoutGraph, placeInOrder } from './layout';
import { textWidth } from './textMetrics';

const analysisOf = (expression: string, inputs: Record<string, number>) =>
  analyzeGraph({ version: 1, kind: 'graph', expression, inputs });

describe('assignColumns', () => {
  it('puts gates by longest path and leaves just before their first consumer (DLFS apples)', () => {
    const columns = assignColumns(analyzeGraph(graphPresetScenario('apple')));
    expect(Object.fromEntries(columns)).toEqual({
      apple: 0,
      apple_num: 0,
      g1: 1,
      tax: 1,
      g2: 2,
    });
  });

  it('keeps a lone variable in the first column', () => {
    expect(Object.fromEntries(assignColumns(analysisOf('x', { x: 2 })))).toEqual({ x: 0 });
  });
});

describe('layerGraph', () => {
  it('routes an edge that skips columns along the track of its source', () => {
    // x feeds g2 = x + σ(y) two columns to its right.
    const layering = layerGraph(analyzeGraph(graphPresetScenario('staged')));
    const skip = layering.edges.find((e) => e.from === 'x' && e.to === 'g2');
    expect(skip?.passes).toBe(1);
    const track = layering.tracks.get('x');
    expect(layering.items.get(track?.items[0] ?? '')).toMatchObject({ virtual: true, column: 1 });
  });

  it('keeps the first input of a gate above the second', () => {
    const layering = layerGraph(analyzeGraph(graphPresetScenario('cs231n-add-mul')));
    expect(layering.columns[0]?.map((i) => i.id)).toEqual(['x', 'y']);
    expect(layering.columns[1]?.map((i) => i.id)).toEqual(['g1', 'z']);
  });
});

describe('placeInOrder', () => {
  it('keeps the order and the gaps, as close to the wishes as it can', () => {
    expect(placeInOrder([0, 0, 0], [0, 10, 10])).toEqual([-10, 0, 10]);
    expect(placeInOrder([0, 100], [0, 10])).toEqual([0, 100]);
    const ys = placeInOrder([5, 3, 50, 49], [0, 20, 20, 20]);
    ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeGreaterThanOrEqual(20 - 1e-9));
  });
});

describe('layoutGraph', () => {
  it.each(GRAPH_PRESETS.map((p) => p.id))('%s: every node and wire inside the drawing', (id) => {
    const analysis = analyzeGraph(graphPresetScenario(id));
    const layout = layoutGraph(analysis);
    expect(layout.nodes.size).toBe(analysis.nodes.length);
    for (const box of layout.nodes.values()) {
      expect(box.x - box.halfWidth).toBeGreaterThanOrEqual(0);
      expect(box.stubEnd).toBeLessThan(layout.width);
      expect(box.y - 40).toBeGreaterThanOrEqual(0);
      expect(box.y + 25).toBeLessThanOrEqual(layout.height);
    }
    for (const edge of layout.edges) {
      const from = layout.nodes.get(edge.from);
      const to = layout.nodes.get(edge.to);
      const start = pointAlong(edge.segments, 0);
      const end = pointAlong(edge.segments, 1);
      expect(start.x).toBeCloseTo((from?.x ?? 0) + (from?.halfWidth ?? 0), 6);
      expect(start.y).toBeCloseTo(from?.y ?? NaN, 6);
      expect(end.x).toBeCloseTo(edge.port.x, 6);
      expect(end.y).toBeCloseTo(edge.port.y, 6);
      expect(Math.hypot(end.x - (to?.x ?? 0), end.y - (to?.y ?? 0))).toBeCloseTo(24, 6);
      expect(edge.path.startsWith('M ')).toBe(true);
    }
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('%s: nodes of a column never overlap', (id) => {
    const layout = layoutGraph(analyzeGraph(graphPresetScenario(id)));
    const byColumn = new Map<number, { y: number; h: number }[]>();
    for (const box of layout.nodes.values()) {
      const column = byColumn.get(box.column) ?? [];
      column.push({ y: box.y, h: box.halfHeight });
      byColumn.set(box.column, column);
    }
    for (const boxes of byColumn.values()) {
      boxes.sort((a, b) => a.y - b.y);
      // Shapes plus their value and gradient labels (about 22 px above and below).
      boxes.slice(1).forEach((b, i) => expect(b.y - (boxes[i]?.y ?? 0)).toBeGreaterThanOrEqual(60));
    }
  });

  it('lays out left to right: every wire runs towards larger x', () => {
    const layout = layoutGraph(analyzeGraph(graphPresetScenario('cs231n-sigmoid-neuron')));
    for (const edge of layout.edges) {
      const from = layout.nodes.get(edge.from);
      const to = layout.nodes.get(edge.to);
      expect(to?.x ?? 0).toBeGreaterThan(from?.x ?? 0);
    }
    expect(layout.terminal.x).toBeGreaterThan(layout.nodes.get('g8')?.stubEnd ?? Infinity);
  });

  it('draws a straight chain on one line', () => {
    const layout = layoutGraph(analysisOf('exp(sin(x))', { x: 1 }));
    const ys = ['x', 'g1', 'g2'].map((id) => layout.nodes.get(id)?.y);
    expect(new Set(ys).size).toBe(1);
  });

  it('lays out the longest chain an expression can be, without deep recursion', () => {
    // x+x+…+x: 998 gates in a row, x wired into every one of them.
    const expression = Array.from({ length: 999 }, () => 'x').join('+');
    const layout = layoutGraph(analysisOf(expression, { x: 1 }));
    expect(layout.nodes.size).toBe(999);
    expect(Number.isFinite(layout.width) && Number.isFinite(layout.height)).toBe(true);
    expect(layout.edges.every((e) => e.segments.length <= 2)).toBe(true);
  });

  it('is deterministic', () => {
    const analysis = analyzeGraph(graphPresetScenario('staged'));
    expect(layoutGraph(analysis)).toEqual(layoutGraph(analysis));
  });

  it('makes columns wide enough for their labels', () => {
    expect(textWidth('−0.0547', 16)).toBeGreaterThan(textWidth('2', 16));
    const layout = layoutGraph(analysisOf('x * 123456.789', { x: 0.000123 }));
    const x = layout.nodes.get('x');
    expect((x?.stubEnd ?? 0) - (x?.x ?? 0) - (x?.halfWidth ?? 0)).toBeGreaterThan(
      textWidth('1.23×10⁻⁴', 16),
    );
  });
});
