import type { Point } from './layout';

/** An axis-aligned box: left, top, right, bottom. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A straight wire between two points, owned by the element it draws. */
export interface Segment {
  readonly a: Point;
  readonly b: Point;
  readonly owner: string;
}

export function rectsOverlap(p: Rect, q: Rect): boolean {
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}

/** The box `r` grown by `d` on every side. */
export function inflate(r: Rect, d: number): Rect {
  return { x0: r.x0 - d, y0: r.y0 - d, x1: r.x1 + d, y1: r.y1 + d };
}

/** The box of size `w`×`h` centred on `c`. */
export function boxAround(c: Point, w: number, h: number): Rect {
  return { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
}

/** Whether segment `s` passes through the inside of box `r` (Liang–Barsky clipping). */
export function segmentHitsRect(s: Segment, r: Rect): boolean {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.a.x - r.x0],
    [dx, r.x1 - s.a.x],
    [-dy, s.a.y - r.y0],
    [dy, r.y1 - s.a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 < t1;
}

/**
 * A uniform grid over the plane holding boxes (or segments, by their bounding box), so
 * that the placement asks only the few items near a label instead of all of them: the
 * 8×16 network has about 1,900 wires.
 */
export interface SpatialIndex<T> {
  insert(box: Rect, item: T): void;
  /** Every item whose box meets `box`, each once. */
  query(box: Rect): T[];
  /**
   * How many items whose box meets `box` pass `test`, counting no further than `limit`
   * (so that "is there any?" stops at the first).
   */
  count(box: Rect, test: (item: T) => boolean, limit: number): number;
  remove(item: T): void;
}

export function createIndex<T>(cell = 48): SpatialIndex<T> {
  const cells = new Map<number, T[]>();
  const boxes = new Map<T, Rect>();
  // Items seen by the current count, to visit an item spanning several cells once.
  let seen = new Set<T>();
  // Cells are keyed by one number: column and row, both well under 2^20 in practice.
  const key = (cx: number, cy: number) => (cx + 4096) * 1048576 + (cy + 4096);
  const span = (box: Rect, visit: (k: number) => void) => {
    const cx0 = Math.floor(box.x0 / cell);
    const cx1 = Math.floor(box.x1 / cell);
    const cy0 = Math.floor(box.y0 / cell);
    const cy1 = Math.floor(box.y1 / cell);
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) visit(key(cx, cy));
  };
  return {
    insert(box, item) {
      boxes.set(item, box);
      span(box, (k) => {
        const list = cells.get(k);
        if (list === undefined) cells.set(k, [item]);
        else list.push(item);
      });
    },
    query(box) {
      const found = new Set<T>();
      span(box, (k) => {
        for (const item of cells.get(k) ?? []) {
          const b = boxes.get(item);
          if (b !== undefined && rectsOverlap(b, box)) found.add(item);
        }
      });
      return [...found];
    },
    count(box, test, limit) {
      let n = 0;
      seen = new Set<T>();
      const cx0 = Math.floor(box.x0 / cell);
      const cx1 = Math.floor(box.x1 / cell);
      const cy0 = Math.floor(box.y0 / cell);
      const cy1 = Math.floor(box.y1 / cell);
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let cy = cy0; cy <= cy1; cy++) {
          for (const item of cells.get(key(cx, cy)) ?? []) {
            if (seen.has(item)) continue;
            seen.add(item);
            const b = boxes.get(item);
            if (b !== undefined && rectsOverlap(b, box) && test(item) && ++n >= limit) return n;
          }
        }
      }
      return n;
    },
    remove(item) {
      const box = boxes.get(item);
      if (box === undefined) return;
      boxes.delete(item);
      span(box, (k) => {
        const list = cells.get(k);
        if (list === undefined) return;
        const i = list.indexOf(item);
        if (i >= 0) list.splice(i, 1);
      });
    },
  };
}

/** The bounding box of a segment. */
export function segmentBox(s: Segment): Rect {
  return {
    x0: Math.min(s.a.x, s.b.x),
    y0: Math.min(s.a.y, s.b.y),
    x1: Math.max(s.a.x, s.b.x),
    y1: Math.max(s.a.y, s.b.y),
  };
}
