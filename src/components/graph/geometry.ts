/**
 * Plain 2-D geometry for the graph diagram: wire segments, their SVG path, and the point a
 * fraction of the way along them (for the D3 tokens that travel the wires). Pure.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Segment =
  | { readonly kind: 'line'; readonly from: Point; readonly to: Point }
  | {
      readonly kind: 'curve';
      readonly from: Point;
      readonly c1: Point;
      readonly c2: Point;
      readonly to: Point;
    };

export const line = (from: Point, to: Point): Segment => ({ kind: 'line', from, to });

/** An S-shaped cubic that leaves `from` and arrives at `to` horizontally. */
export function sCurve(from: Point, to: Point): Segment {
  const dx = (to.x - from.x) / 2;
  return {
    kind: 'curve',
    from,
    c1: { x: from.x + dx, y: from.y },
    c2: { x: to.x - dx, y: to.y },
    to,
  };
}

const round = (v: number): string => String(Math.round(v * 10) / 10);

/** The SVG path of consecutive segments (each starts where the previous one ended). */
export function pathOf(segments: readonly Segment[]): string {
  const first = segments[0];
  if (first === undefined) return '';
  const parts = [`M ${round(first.from.x)} ${round(first.from.y)}`];
  for (const s of segments) {
    if (s.kind === 'line') parts.push(`L ${round(s.to.x)} ${round(s.to.y)}`);
    else
      parts.push(
        `C ${round(s.c1.x)} ${round(s.c1.y)}, ${round(s.c2.x)} ${round(s.c2.y)}, ${round(s.to.x)} ${round(s.to.y)}`,
      );
  }
  return parts.join(' ');
}

function pointOn(s: Segment, t: number): Point {
  if (s.kind === 'line')
    return { x: s.from.x + (s.to.x - s.from.x) * t, y: s.from.y + (s.to.y - s.from.y) * t };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * s.from.x + b * s.c1.x + c * s.c2.x + d * s.to.x,
    y: a * s.from.y + b * s.c1.y + c * s.c2.y + d * s.to.y,
  };
}

/** Approximate arc length of a segment (exact for lines). */
export function lengthOf(s: Segment): number {
  if (s.kind === 'line') return Math.hypot(s.to.x - s.from.x, s.to.y - s.from.y);
  let total = 0;
  let previous = s.from;
  for (let i = 1; i <= 16; i++) {
    const p = pointOn(s, i / 16);
    total += Math.hypot(p.x - previous.x, p.y - previous.y);
    previous = p;
  }
  return total;
}

/** The point a fraction `t` (0 … 1) of the way along the segments, by arc length. */
export function pointAlong(segments: readonly Segment[], t: number): Point {
  const lengths = segments.map(lengthOf);
  const total = lengths.reduce((a, b) => a + b, 0);
  let remaining = Math.min(1, Math.max(0, t)) * total;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const l = lengths[i] ?? 0;
    if (s === undefined) continue;
    if (remaining <= l || i === segments.length - 1)
      return pointOn(s, l === 0 ? 1 : Math.min(1, remaining / l));
    remaining -= l;
  }
  return { x: 0, y: 0 };
}

/** An axis-aligned rectangle: left ≤ right, top ≤ bottom. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** True when two rectangles share more than an edge. */
export const intersects = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The smallest rectangle around all of `rects`; undefined for none. */
export function union(rects: Iterable<Rect>): Rect | undefined {
  let out: Rect | undefined;
  for (const r of rects)
    out =
      out === undefined
        ? r
        : {
            left: Math.min(out.left, r.left),
            top: Math.min(out.top, r.top),
            right: Math.max(out.right, r.right),
            bottom: Math.max(out.bottom, r.bottom),
          };
  return out;
}

/** A rectangle around the segments (their control points included: never too small). */
export function boundsOf(segments: readonly Segment[]): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (p: Point) => {
    left = Math.min(left, p.x);
    right = Math.max(right, p.x);
    top = Math.min(top, p.y);
    bottom = Math.max(bottom, p.y);
  };
  for (const s of segments) {
    add(s.from);
    add(s.to);
    if (s.kind === 'curve') {
      add(s.c1);
      add(s.c2);
    }
  }
  return { left, top, right, bottom };
}
