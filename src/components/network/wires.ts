import { along, type NetworkLayout, type Point } from './layout';

/**
 * The geometry of every wire of the diagram, in one place: the components draw these and
 * the label placement keeps labels off them.
 */

/** A straight wire: a weight of the forward network, or its twin in the reverse network. */
export interface StraightWire {
  readonly start: Point;
  readonly end: Point;
}

const ORIGIN: Point = { x: 0, y: 0 };

/** Where wires' ends are written: x0, y0, x1, y1 at a time. */
type Ends = { [i: number]: number };

/**
 * The ends of the forward weight from neuron k of `layer` to neuron j of `layer + 1`
 * (edge to edge), written into `out` at `at`: a large network's 86,000 wires are written
 * this way without an object each.
 */
export function putForwardWire(
  out: Ends,
  at: number,
  layout: NetworkLayout,
  layer: number,
  k: number,
  j: number,
): void {
  const from = layout.neurons[layer]?.[k] ?? ORIGIN;
  const to = layout.neurons[layer + 1]?.[j] ?? ORIGIN;
  const r = layout.radius;
  out[at] = from.x + r;
  out[at + 1] = from.y;
  out[at + 2] = to.x - r;
  out[at + 3] = to.y;
}

/** The same weight in the reverse network: from op-amp j of `layer + 1` back to op-amp k. */
export function putReverseWire(
  out: Ends,
  at: number,
  layout: NetworkLayout,
  layer: number,
  k: number,
  j: number,
): void {
  const from = layout.amps[layer + 1]?.[j] ?? ORIGIN;
  const to = layout.amps[layer]?.[k] ?? ORIGIN;
  const s = layout.ampSize;
  out[at] = from.x - s;
  out[at + 1] = from.y;
  out[at + 2] = to.x + s;
  out[at + 3] = to.y;
}

const asWire = (ends: readonly number[]): StraightWire => ({
  start: { x: ends[0] ?? 0, y: ends[1] ?? 0 },
  end: { x: ends[2] ?? 0, y: ends[3] ?? 0 },
});

/** The forward weight from neuron k of `layer` to neuron j of `layer + 1`, edge to edge. */
export function forwardWire(
  layout: NetworkLayout,
  layer: number,
  k: number,
  j: number,
): StraightWire {
  const ends = [0, 0, 0, 0];
  putForwardWire(ends, 0, layout, layer, k, j);
  return asWire(ends);
}

/** The same weight in the reverse network: from op-amp j of `layer + 1` back to op-amp k. */
export function reverseWire(
  layout: NetworkLayout,
  layer: number,
  k: number,
  j: number,
): StraightWire {
  const ends = [0, 0, 0, 0];
  putReverseWire(ends, 0, layout, layer, k, j);
  return asWire(ends);
}

/** A curved wire as an SVG path, and the polyline that follows it closely enough to avoid. */
export interface CurvedWire {
  readonly d: string;
  readonly points: readonly Point[];
}

function cubic(p0: Point, p1: Point, p2: Point, p3: Point): CurvedWire {
  const points = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => {
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    return {
      x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
      y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
    };
  });
  return {
    d: `M ${p0.x} ${p0.y} C ${p1.x} ${p1.y}, ${p2.x} ${p2.y}, ${p3.x} ${p3.y}`,
    points,
  };
}

/** How far right of the output column the cost wires run down (below placement). */
function channel(layout: NetworkLayout, j: number): number {
  const outputs = layout.neurons[layout.neurons.length - 1]?.length ?? 1;
  return layout.cost.x + layout.costHalf.width - 6 - (outputs - 1 - j) * 3;
}

/** Output j of the forward network into the cost block. */
export function costInWire(layout: NetworkLayout, j: number): CurvedWire {
  const last = layout.neurons.length - 1;
  const n = layout.neurons[last]?.[j] ?? ORIGIN;
  const r = layout.radius;
  const { x, y } = layout.cost;
  const { width: hw, height: hh } = layout.costHalf;
  if (layout.costPlacement === 'beside') {
    const end = { x: x - hw, y: y - hh * 0.6 };
    return cubic({ x: n.x + r, y: n.y }, { x: x - 40, y: n.y }, { x: x - 60, y: end.y }, end);
  }
  const cx = channel(layout, j);
  return cubic({ x: n.x + r, y: n.y }, { x: cx, y: n.y }, { x: cx, y: n.y }, { x: cx, y: y - hh });
}

/** The cost block's ∂C/∂y into the input (right side) of output op-amp j. */
export function costOutWire(layout: NetworkLayout, j: number): CurvedWire {
  const last = layout.neurons.length - 1;
  const amp = layout.amps[last]?.[j] ?? ORIGIN;
  const s = layout.ampSize;
  const { x, y } = layout.cost;
  const { width: hw, height: hh } = layout.costHalf;
  const to = { x: amp.x + s, y: amp.y };
  if (layout.costPlacement === 'beside') {
    const from = { x: x - hw, y: y + hh * 0.6 };
    return cubic(from, { x: from.x - 10, y: to.y }, { x: to.x + 70, y: to.y }, to);
  }
  const cx = channel(layout, j);
  return cubic({ x: cx, y: y + hh }, { x: cx, y: to.y }, { x: cx, y: to.y }, to);
}

/** The point a fraction `t` along a straight wire. */
export function alongWire(wire: StraightWire, t: number): Point {
  return along(wire.start, wire.end, t);
}

/**
 * The points of a band `half` wide on each side of a wire: the area a pointer can hit.
 * A band, not a thick stroke, so that even a horizontal wire has a box with height (a
 * stroke does not count in an element's bounding box).
 */
export function wireBand({ start, end }: StraightWire, half: number): string {
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const nx = (-(end.y - start.y) / length) * half;
  const ny = ((end.x - start.x) / length) * half;
  const corner = (p: Point, s: number) => `${p.x + s * nx},${p.y + s * ny}`;
  return [corner(start, 1), corner(end, 1), corner(end, -1), corner(start, -1)].join(' ');
}
