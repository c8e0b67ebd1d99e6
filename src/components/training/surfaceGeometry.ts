import { contours, scaleSequential, scaleSequentialLog, interpolateViridis } from 'd3';
import type { ContourMultiPolygon } from 'd3';
import type { ParamRef } from '../../engine';

/**
 * The two parameters the surface plot starts with: the first two weights into the first
 * output neuron (the last layer is where gradients are largest and the bowl is clearest),
 * or the first two parameters when the output neuron has one input.
 */
export function defaultPair(refs: readonly ParamRef[]): [ParamRef, ParamRef] {
  const lastLayer = refs.at(-1)?.layer ?? 0;
  const into = refs.filter((r) => r.layer === lastLayer && r.kind === 'w' && r.j === 0);
  const [a, b] = into.length >= 2 ? into : refs;
  const first = a ?? (refs[0] as ParamRef);
  return [first, b ?? first];
}

/**
 * Contour bands of a grid of loss values: levels spaced evenly in log L when every value
 * is positive (losses span decades), else evenly in L. Non-finite values count as the
 * largest finite one. Returns the bands with a fill colour each (low = dark).
 */
export function lossContours(
  values: Float64Array,
  columns: number,
  rows: number,
  levels = 14,
): { bands: ContourMultiPolygon[]; colour: (value: number) => string } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (lo > hi) [lo, hi] = [0, 1];
  const grid = Array.from(values, (v) => (Number.isFinite(v) ? v : hi));
  const logScale = lo > 0 && hi / lo > 10;
  const thresholds = Array.from({ length: levels }, (_, i) =>
    logScale ? lo * (hi / lo) ** (i / levels) : lo + ((hi - lo) * i) / levels,
  );
  const colour = logScale
    ? scaleSequentialLog(interpolateViridis).domain([lo, hi])
    : scaleSequential(interpolateViridis).domain([lo, hi === lo ? lo + 1 : hi]);
  const bands = contours().size([columns, rows]).thresholds(thresholds)(grid);
  return { bands, colour: (v) => colour(v) };
}

/**
 * The surface plot's window for one parameter, snapped so that it changes only now and
 * then while the path grows: the half-width is rounded up to a power of √2 and the centre
 * to an eighth of it, so the path (framed by engine's surfaceWindow) always stays inside,
 * and the costly grid is recomputed only when the window jumps.
 */
export function stableWindow([lo, hi]: readonly [number, number]): [number, number] {
  const half = (hi - lo) / 2;
  if (!(half > 0) || !Number.isFinite(half)) return [lo, hi];
  const snapped = Math.SQRT2 ** Math.ceil(Math.log(half) / Math.log(Math.SQRT2));
  const unit = snapped / 8;
  const centre = Math.round((lo + hi) / 2 / unit) * unit;
  return [centre - snapped, centre + snapped];
}
