import { describe, expect, it } from 'vitest';
import { parameterLayout } from '../../engine';
import {
  diagramEdges,
  diagramGeometry,
  LABEL_BAND,
  MAX_THUMB,
  MIN_THUMB,
  type NodeBox,
} from './diagramGeometry';

const overlap = (a: NodeBox, b: NodeBox, size: number) =>
  Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;

describe('the neuron diagram’s geometry', () => {
  const shapes = [
    [2, 4, 2, 1],
    [2, 8, 8, 8, 1],
    [7, 8, 8, 8, 8, 8, 8, 1],
    [1, 1],
  ];
  const boxes = [334, 480, 900];

  it('fits the box’s width when it can, and no two nodes overlap', () => {
    for (const layers of shapes)
      for (const width of boxes) {
        const g = diagramGeometry(layers, width);
        const nodes = g.columns.flat();
        expect(nodes).toHaveLength(layers.reduce((a, b) => a + b, 0));
        for (let i = 0; i < nodes.length; i++)
          for (let j = i + 1; j < nodes.length; j++)
            expect(overlap(nodes[i] as NodeBox, nodes[j] as NodeBox, g.thumb)).toBe(false);
        for (const n of nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x + g.thumb).toBeLessThanOrEqual(g.width);
          expect(n.y).toBeGreaterThanOrEqual(LABEL_BAND);
          expect(n.y + g.thumb).toBeLessThanOrEqual(g.height + 1);
        }
        if (g.thumb > MIN_THUMB) expect(g.width).toBeLessThanOrEqual(width);
        expect(g.thumb).toBeLessThanOrEqual(MAX_THUMB);
      }
  });

  it('shrinks the thumbnails to a box’s height when asked, and scrolls below the smallest', () => {
    const g = diagramGeometry([2, 8, 8, 8, 1], 900, 400);
    expect(g.height).toBeLessThanOrEqual(400);
    expect(g.thumb).toBeLessThan(diagramGeometry([2, 8, 8, 8, 1], 900).thumb);
    const tiny = diagramGeometry([7, 8, 8, 8, 8, 8, 8, 1], 200);
    expect(tiny.thumb).toBe(MIN_THUMB);
    expect(tiny.width).toBeGreaterThan(200);
  });

  it('never outgrows a box’s height while the thumbnails can still shrink', () => {
    // Every height from the smallest thumbnail's column to the largest's, for every column
    // length: the whole pixels of the gaps once made a 201-pixel box hold a 202-pixel column.
    for (let rows = 1; rows <= 8; rows++)
      for (let height = 60; height <= 700; height++) {
        const g = diagramGeometry([2, rows, 1], 2000, height, 16);
        if (g.thumb > 16)
          expect(g.height, `${rows} rows in ${height} px`).toBeLessThanOrEqual(height);
        // …and no smaller than it need be: one pixel more would not fit.
        if (g.thumb < MAX_THUMB && g.height <= height) {
          const bigger = diagramGeometry([2, rows, 1], 2000, g.height + 1, g.thumb + 1);
          expect(bigger.height).toBeGreaterThan(height);
        }
      }
  });

  it('has one edge per weight, each pointing at its weight in θ', () => {
    const layers = [3, 4, 2, 1];
    const g = diagramGeometry(layers, 480);
    const layout = parameterLayout(layers);
    const edges = diagramEdges(g, layout.weights);
    expect(edges).toHaveLength(3 * 4 + 4 * 2 + 2);
    // The weight into neuron j = 1 of layer 2 from neuron k = 3 of layer 1.
    const e = edges.find((x) => x.column === 1 && x.to === 1 && x.from === 3);
    expect(e?.theta).toBe((layout.weights[1] as number) + 1 * 4 + 3);
    // Every weight once; no bias among them.
    const indices = new Set(edges.map((x) => x.theta));
    expect(indices.size).toBe(edges.length);
    for (let l = 0; l < layout.biases.length; l++)
      expect(indices.has(layout.biases[l] as number)).toBe(false);
    // From the source's right side to the target's left side.
    const source = g.columns[1]?.[3];
    expect(e?.x0).toBe((source?.x ?? 0) + g.thumb);
    expect(e?.x1).toBe(g.columns[2]?.[1]?.x);
  });
});
