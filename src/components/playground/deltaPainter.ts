import type { DataPoint } from '../../engine';
import { DELTA_NEGATIVE, DELTA_POSITIVE } from './colors';
import { toCanvas } from './mapPainter';

/** The largest dot, in pixels of a thumbnail. */
const MAX_RADIUS = 6;

/**
 * One neuron's δ over the training examples, `delta[offset + n]` for example n, drawn at
 * each example's place: magenta for δ > 0, teal for δ < 0, the dot's area in proportion
 * to |δ| (against this neuron's largest, so every neuron's pattern shows; its numbers are
 * in the gradient panel).
 */
export function drawDelta(
  ctx: CanvasRenderingContext2D,
  train: readonly DataPoint[],
  delta: Float32Array,
  offset: number,
): void {
  let largest = 0;
  for (let n = 0; n < train.length; n++) {
    const d = Math.abs(delta[offset + n] ?? 0);
    if (d > largest) largest = d;
  }
  if (!(largest > 0)) return;
  const size = ctx.canvas.width;
  for (let n = 0; n < train.length; n++) {
    const p = train[n];
    const d = delta[offset + n] ?? 0;
    if (p === undefined || d === 0) continue;
    const r = MAX_RADIUS * Math.sqrt(Math.abs(d) / largest);
    if (r < 0.4) continue;
    const { x, y } = toCanvas(p, size);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = d > 0 ? DELTA_POSITIVE : DELTA_NEGATIVE;
    ctx.fill();
  }
}
