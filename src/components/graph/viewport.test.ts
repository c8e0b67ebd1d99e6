import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../engine';
import { intersects } from './geometry';
import { layoutGraph } from './layout';
import { DRAW_ALL_UP_TO, drawnParts, overscan } from './viewport';

const layoutOf = (expression: string) =>
  layoutGraph(analyzeGraph({ version: 1, kind: 'graph', expression, inputs: { x: 1 } }));

/** A sum of `n` x: n - 1 gates and x, a graph as long as the text. */
const longSum = (n: number) => layoutOf(Array.from({ length: n }, () => 'x').join('+'));

describe('drawnParts', () => {
  it('draws every part of a small graph, measured or not', () => {
    const layout = layoutOf('x * x + 1');
    expect(layout.nodes.size).toBeLessThanOrEqual(DRAW_ALL_UP_TO);
    for (const window of [null, { left: 0, right: 1, top: 0, bottom: 1 }]) {
      const parts = drawnParts(layout, window);
      expect(parts.nodes).toBe('all');
      expect(parts.edges).toHaveLength(layout.edges.length);
      expect(parts.lanes).toHaveLength(layout.lanes.size);
    }
  });

  it('draws only the step’s nodes of a large graph until its window is measured', () => {
    const layout = longSum(400);
    expect(layout.nodes.size).toBeGreaterThan(DRAW_ALL_UP_TO);
    const kept = [...layout.nodes.keys()].slice(-2);
    const parts = drawnParts(layout, null, kept);
    expect(parts.nodes).toEqual(new Set(kept));
    expect(parts.edges).toEqual([]);
    expect(parts.lanes).toEqual([]);
  });

  it('draws what meets the widened window of a large graph, and the step’s nodes anywhere', () => {
    const layout = longSum(400);
    const window = { left: 0, right: 300, top: 0, bottom: 300 };
    const far = [...layout.nodes.values()].find((b) => !intersects(b.extent, overscan(window)));
    expect(far).toBeDefined();
    const parts = drawnParts(layout, window, far === undefined ? [] : [far.id]);
    if (parts.nodes === 'all') throw new Error('a large graph is culled');
    expect(parts.nodes.size).toBeLessThan(layout.nodes.size / 4);
    expect(parts.nodes.has(far?.id ?? '')).toBe(true);
    for (const id of parts.nodes) {
      const box = layout.nodes.get(id);
      if (id !== far?.id) expect(box && intersects(box.extent, overscan(window))).toBe(true);
    }
    for (const edge of parts.edges) expect(intersects(edge.bounds, overscan(window))).toBe(true);
    expect(parts.edges.length).toBeLessThan(layout.edges.length);
  });
});
