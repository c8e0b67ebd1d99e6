import type { Rect } from './geometry';
import { intersects } from './geometry';
import type { EdgeGeometry, GraphLayout, LaneGeometry, NodeBox } from './layout';

/**
 * What of the graph diagram to draw for the part of it on screen (`window`, in layout
 * units). Pure.
 *
 * - Pins: a node whose lane runs through the window while the node itself is scrolled out
 *   of it is drawn on its lane, at the first column of the lane wholly in view (the lane
 *   keeps the node's room free there), like a sticky header: the variable of a long sum
 *   stays next to the gates that read it.
 * - Culling: a graph of more than {@link DRAW_ALL_UP_TO} nodes draws only what meets the
 *   window widened by one window on every side (and the nodes the current step uses), so
 *   a thousand gates cost what a screenful costs; before the window is measured, only
 *   the step's nodes. Smaller graphs draw everything, always.
 */

export const DRAW_ALL_UP_TO = 150;

/** Where each pinned node is drawn, by node id. */
export function pinsFor(layout: GraphLayout, window: Rect | null): Map<string, NodeBox> {
  const pins = new Map<string, NodeBox>();
  if (window === null) return pins;
  for (const lane of layout.lanes.values()) {
    const home = layout.nodes.get(lane.source);
    if (home === undefined || home.x - home.halfWidth >= window.left) continue;
    const pin = firstPinInside(lane, window);
    if (pin !== undefined) pins.set(lane.source, pin);
  }
  return pins;
}

const inside = (r: Rect, w: Rect): boolean =>
  r.left >= w.left && r.right <= w.right && r.top >= w.top && r.bottom <= w.bottom;

/** The leftmost pin position of a lane wholly inside the window. */
function firstPinInside(lane: LaneGeometry, window: Rect): NodeBox | undefined {
  const pins = lane.pins;
  // Pins run left to right: skip those that start left of the window by bisection.
  let lo = 0;
  let hi = pins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pins[mid]?.extent.left ?? Infinity) < window.left) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < pins.length; k++) {
    const pin = pins[k];
    if (pin === undefined || pin.extent.left > window.right) break;
    if (inside(pin.extent, window)) return pin;
  }
  return undefined;
}

/** The part of a lane to draw: its segments from `from` up to (not including) `to`. */
export interface LaneSpan {
  readonly lane: LaneGeometry;
  readonly from: number;
  readonly to: number;
}

export interface DrawnParts {
  /** Ids of the nodes to draw (every node when the graph is small). */
  readonly nodes: ReadonlySet<string> | 'all';
  readonly edges: readonly EdgeGeometry[];
  readonly lanes: readonly LaneSpan[];
}

/** The window widened by its own size on every side, so scrolling never shows a gap. */
export function overscan(window: Rect): Rect {
  const w = window.right - window.left;
  const h = window.bottom - window.top;
  return {
    left: window.left - w,
    right: window.right + w,
    top: window.top - h,
    bottom: window.bottom + h,
  };
}

/** What to draw for `window`; `keep` are node ids drawn wherever they are. */
export function drawnParts(
  layout: GraphLayout,
  window: Rect | null,
  keep: Iterable<string> = [],
): DrawnParts {
  const everything = (): DrawnParts => ({
    nodes: 'all',
    edges: layout.edges,
    lanes: [...layout.lanes.values()].map((lane) => ({ lane, from: 0, to: lane.segments.length })),
  });
  if (layout.nodes.size <= DRAW_ALL_UP_TO) return everything();
  // Not measured yet (the first render, the window comes in the effect after it): only the
  // step's nodes. Everything would be 11,000 elements for a thousand gates, styled, laid out
  // and painted in a frame of 150 ms, only to be replaced at once.
  if (window === null) return { nodes: new Set(keep), edges: [], lanes: [] };
  const area = overscan(window);
  const nodes = new Set<string>(keep);
  for (const box of layout.nodes.values()) if (intersects(box.extent, area)) nodes.add(box.id);
  const edges = layout.edges.filter((e) => intersects(e.bounds, area));
  const lanes: LaneSpan[] = [];
  for (const lane of layout.lanes.values()) {
    const span = laneSpan(lane, area);
    if (span !== undefined) lanes.push(span);
  }
  return { nodes, edges, lanes };
}

/** The segments of a lane that cross `area` horizontally (a lane runs left to right). */
function laneSpan(lane: LaneGeometry, area: Rect): LaneSpan | undefined {
  const segments = lane.segments;
  const endX = (i: number) => segments[i]?.to.x ?? Infinity;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endX(mid) < area.left) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < segments.length && (segments[to]?.from.x ?? Infinity) <= area.right) to++;
  return to > lo ? { lane, from: lo, to } : undefined;
}
