import { CSS_NEGATIVE, CSS_POSITIVE } from './colors';
import type { DiagramGeometry, Edge } from './diagramGeometry';

/** Line widths go in steps of this many pixels: one stroke per step and sign. */
const WIDTH_STEP = 0.5;
/** The widest edge, in pixels for a 56-pixel thumbnail (scaled with the thumbnail). */
const MAX_WIDTH = 8;
const STEPS = Math.round(MAX_WIDTH / WIDTH_STEP);

/**
 * An edge's line width for weight w: thicker as |w| grows (0.5 px near 0, the widest at
 * |w| ≥ 5), on a diagram of `thumb`-pixel thumbnails.
 */
export function edgeWidth(w: number, thumb: number): number {
  const a = Math.abs(w);
  const px = a === a ? Math.min(MAX_WIDTH, 0.5 + 1.5 * a) : 0.5;
  return px * Math.max(0.6, thumb / 56);
}

/**
 * Draws every edge of the neuron diagram on one canvas, coloured by the sign of its weight
 * (blue w > 0, orange w < 0, as the maps' colours) and as wide as |w| says. Edges are
 * grouped by sign and width step, so a frame is a few dozen strokes whatever the network,
 * and nothing is allocated per frame.
 */
export class EdgePainter {
  private readonly bucketOf: Int32Array;
  private readonly order: Int32Array;
  private readonly starts = new Int32Array(2 * STEPS + 1);
  /** What the canvas shows: each edge's bucket, the outlined edge, the canvas's size. */
  private readonly shown: Int32Array;
  private shownKey = '';

  constructor(
    private readonly geometry: DiagramGeometry,
    private readonly edges: readonly Edge[],
  ) {
    this.bucketOf = new Int32Array(edges.length);
    this.order = new Int32Array(edges.length);
    this.shown = new Int32Array(edges.length).fill(-1);
  }

  /**
   * Draws the edges for θ over the whole canvas (whose pixels are `scale` per CSS pixel),
   * with edge `highlight` (an index into the edges, or −1) outlined on top. Weights move
   * slowly while training: when no edge changed its colour or width step, the canvas
   * already shows this θ and is left alone (stroking curves is most of the cost). True
   * when it drew.
   */
  paint(
    ctx: CanvasRenderingContext2D,
    theta: Float64Array,
    scale: number,
    highlight = -1,
  ): boolean {
    const { edges, bucketOf, order, starts } = this;
    const thumb = this.geometry.thumb;
    // A counting sort of the edges by bucket (sign, then width step).
    starts.fill(0);
    for (let i = 0; i < edges.length; i++) {
      const w = theta[(edges[i] as Edge).theta] ?? 0;
      const step = Math.min(STEPS - 1, Math.floor(edgeWidth(w, 56) / WIDTH_STEP));
      const bucket = (w < 0 ? STEPS : 0) + step;
      bucketOf[i] = bucket;
      (starts[bucket + 1] as number)++;
    }
    const { width, height } = ctx.canvas;
    const key = `${highlight}|${scale}|${width}|${height}`;
    let same = key === this.shownKey;
    for (let i = 0; same && i < edges.length; i++) same = bucketOf[i] === this.shown[i];
    if (same) return false;
    this.shown.set(bucketOf);
    this.shownKey = key;
    for (let b = 0; b < 2 * STEPS; b++)
      starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
    const next = starts.slice(0, 2 * STEPS);
    for (let i = 0; i < edges.length; i++) order[(next[bucketOf[i] as number] as number)++] = i;

    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, this.geometry.width, this.geometry.height);
    ctx.lineCap = 'round';
    ctx.globalAlpha = 0.8;
    const factor = Math.max(0.6, thumb / 56);
    for (let b = 0; b < 2 * STEPS; b++) {
      const from = starts[b] as number;
      const to = starts[b + 1] as number;
      if (from === to) continue;
      ctx.beginPath();
      for (let o = from; o < to; o++) trace(ctx, edges[order[o] as number] as Edge);
      ctx.lineWidth = Math.max(1, b % STEPS) * WIDTH_STEP * factor;
      ctx.strokeStyle = b >= STEPS ? CSS_NEGATIVE : CSS_POSITIVE;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    const marked = edges[highlight];
    if (marked !== undefined) {
      const w = theta[marked.theta] ?? 0;
      ctx.beginPath();
      trace(ctx, marked);
      ctx.lineWidth = edgeWidth(w, thumb) + 4;
      ctx.strokeStyle = '#111111';
      ctx.stroke();
      ctx.beginPath();
      trace(ctx, marked);
      ctx.lineWidth = edgeWidth(w, thumb);
      ctx.strokeStyle = w < 0 ? CSS_NEGATIVE : CSS_POSITIVE;
      ctx.stroke();
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return true;
  }
}

/** Adds an edge's curve to the current path (the curve of `edgePath`). */
function trace(ctx: CanvasRenderingContext2D, e: Edge): void {
  const mid = (e.x0 + e.x1) / 2;
  ctx.moveTo(e.x0, e.y0);
  ctx.bezierCurveTo(mid, e.y0, mid, e.y1, e.x1, e.y1);
}
