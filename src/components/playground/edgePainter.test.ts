import { describe, expect, it } from 'vitest';
import { parameterLayout } from '../../engine';
import { CSS_NEGATIVE, CSS_POSITIVE } from './colors';
import { diagramEdges, diagramGeometry } from './diagramGeometry';
import { EdgePainter, edgeWidth } from './edgePainter';
import { inputMap } from './inputMaps';

/** A 2-D context that records the strokes made: the curves of each, its colour and width. */
function recorder() {
  type Segment = { x0: number; y0: number; x1: number; y1: number };
  const strokes: { color: string; width: number; segments: Segment[] }[] = [];
  let path: Segment[] = [];
  const ctx = {
    canvas: { width: 480, height: 400 },
    lineWidth: 1,
    strokeStyle: '',
    globalAlpha: 1,
    lineCap: 'butt',
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => void (path = []),
    moveTo: (x: number, y: number) => void path.push({ x0: x, y0: y, x1: NaN, y1: NaN }),
    bezierCurveTo(_a: number, _b: number, _c: number, _d: number, x: number, y: number) {
      const last = path[path.length - 1];
      if (last !== undefined) Object.assign(last, { x1: x, y1: y });
    },
    stroke() {
      strokes.push({ color: String(this.strokeStyle), width: this.lineWidth, segments: path });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

describe('the neuron diagram’s edges', () => {
  const layers = [2, 3, 1];
  const layout = parameterLayout(layers);
  const geometry = diagramGeometry(layers, 480);
  const edges = diagramEdges(geometry, layout.weights);

  it('draws every edge once, blue for w > 0 and orange for w < 0, as wide as |w| says', () => {
    const theta = new Float64Array(layout.size);
    // Weights alternate in sign, three sizes; biases are set to 9 (never drawn).
    edges.forEach((e, i) => (theta[e.theta] = (i % 2 === 0 ? 1 : -1) * 0.8 * (1 + (i % 3))));
    layout.biases.forEach((b) => theta.fill(9, b, b + 3));
    const { ctx, strokes } = recorder();
    new EdgePainter(geometry, edges).paint(ctx, theta, 1);
    expect(strokes.flatMap((s) => s.segments)).toHaveLength(edges.length);
    for (const e of edges) {
      const mine = strokes.filter((s) =>
        s.segments.some((g) => g.x0 === e.x0 && g.y0 === e.y0 && g.x1 === e.x1 && g.y1 === e.y1),
      );
      expect(mine).toHaveLength(1);
      const w = theta[e.theta] as number;
      expect(mine[0]?.color).toBe(w < 0 ? CSS_NEGATIVE : CSS_POSITIVE);
      // Widths go in half-pixel steps (scaled with the thumbnail).
      const scale = Math.max(0.6, geometry.thumb / 56);
      expect(Math.abs((mine[0]?.width ?? 0) - edgeWidth(w, geometry.thumb))).toBeLessThanOrEqual(
        0.5 * scale + 1e-9,
      );
    }
    // Grouped by sign and width: fewer strokes than edges.
    expect(strokes.length).toBeLessThan(edges.length);
  });

  it('widths grow with |w| and stop at a bound', () => {
    expect(edgeWidth(0, 56)).toBeLessThan(edgeWidth(0.5, 56));
    expect(edgeWidth(-2, 56)).toBe(edgeWidth(2, 56));
    expect(edgeWidth(100, 56)).toBe(edgeWidth(6, 56));
    expect(edgeWidth(Number.NaN, 56)).toBeGreaterThan(0);
  });

  it('outlines the edge asked for on top, in its own colour', () => {
    const theta = new Float64Array(layout.size);
    edges.forEach((e) => (theta[e.theta] = -1));
    const { ctx, strokes } = recorder();
    new EdgePainter(geometry, edges).paint(ctx, theta, 1, 2);
    const last = strokes.slice(-2);
    expect(last.map((s) => s.color)).toEqual(['#111111', CSS_NEGATIVE]);
    const e = edges[2];
    expect(last[1]?.segments).toEqual([{ x0: e?.x0, y0: e?.y0, x1: e?.x1, y1: e?.y1 }]);
  });
});

describe('the edges between frames', () => {
  it('are drawn again only when an edge changes its colour or width step, or the outline moves', () => {
    const layers = [2, 2, 1];
    const layout = parameterLayout(layers);
    const geometry = diagramGeometry(layers, 300);
    const edges = diagramEdges(geometry, layout.weights);
    const painter = new EdgePainter(geometry, edges);
    const { ctx, strokes } = recorder();
    const canvas = { width: 300, height: 200 };
    Object.assign(ctx, { canvas });
    const theta = new Float64Array(layout.size).fill(0.5);
    expect(painter.paint(ctx, theta, 1)).toBe(true);
    const drawn = strokes.length;
    // A change too small to move any edge to another width step: nothing to draw.
    const nudged = theta.map((w) => w + 1e-4);
    expect(painter.paint(ctx, nudged, 1)).toBe(false);
    expect(strokes.length).toBe(drawn);
    // One weight turns negative: drawn again.
    nudged[edges[0]?.theta ?? 0] = -0.5;
    expect(painter.paint(ctx, nudged, 1)).toBe(true);
    expect(painter.paint(ctx, nudged, 1, 1)).toBe(true);
    // The canvas was resized (which clears it): drawn again.
    canvas.width = 600;
    expect(painter.paint(ctx, nudged, 1, 1)).toBe(true);
  });
});

describe('the input features’ maps', () => {
  it('are the feature over the plane, scaled to its largest |value|', () => {
    const n = 5;
    const x1 = inputMap('x1', n);
    // Row 0 is x₂ = +6; column 0 is x₁ = −6.
    expect(Array.from(x1.subarray(0, n))).toEqual([-1, -0.5, 0, 0.5, 1]);
    const x2 = inputMap('x2', n);
    expect(x2[0]).toBe(1);
    expect(x2[(n - 1) * n]).toBe(-1);
    const sq = inputMap('x1sq', n);
    expect(sq[2]).toBe(0);
    expect(sq[0]).toBe(1);
    expect(sq[1]).toBeCloseTo(0.25, 6);
  });
});
