import type { DataPoint } from '../../engine';
import type { MapMode } from '../../store/playground/fields';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { DELTA_NEGATIVE, DELTA_POSITIVE } from './colors';
import { toCanvas, type MapPainter } from './mapPainter';

/** The largest dot, as a share of the canvas's width (6 pixels of a thumbnail). */
const MAX_RADIUS = 1 / 16;

/**
 * The largest dot on the large map (10 of its 400 pixels): there a thumbnail's share
 * would be 25 pixels, and the spiral's 250 examples would cover one another.
 */
export const LARGE_MAP_RADIUS = 1 / 40;

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
  maxRadius: number = MAX_RADIUS,
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
    const r = size * maxRadius * Math.sqrt(Math.abs(d) / largest);
    if (r < size / 240) continue;
    const { x, y } = toCanvas(p, size);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = d > 0 ? DELTA_POSITIVE : DELTA_NEGATIVE;
    ctx.fill();
  }
}

/**
 * Neuron m of `mappedNeurons` as the map mode shows it: its activation over the plane, or
 * that map faded with its δ over the training examples on top. False when the frame has
 * no map for it. `maxRadius` is the largest dot's share of the canvas's width.
 */
export function paintNeuron(
  ctx: CanvasRenderingContext2D,
  painter: MapPainter,
  frame: PlaygroundFrame,
  m: number,
  mode: MapMode,
  train: readonly DataPoint[],
  maxRadius: number = MAX_RADIUS,
): boolean {
  const maps = frame.neurons;
  if (maps === null) return false;
  const n2 = maps.resolution * maps.resolution;
  if ((m + 1) * n2 > maps.values.length) return false;
  const delta = mode === 'delta' ? frame.delta : null;
  painter.paint(ctx, maps.values, m * n2, maps.resolution, delta === null ? 1 : 0.25);
  if (delta !== null) drawDelta(ctx, train, delta.values, m * delta.count, maxRadius);
  return true;
}
