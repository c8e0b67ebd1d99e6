import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import { boundsOf, line, pathOf, sCurve, type Point, type Segment } from './geometry';
import { edgeId, layerGraph, maxOf, type LayerItem } from './layering';
import { extentOf, GATE_RADIUS, halfSize, roomOf, stubLabelWidth, WIRE_ROOM } from './nodeShapes';
import { placeVertically, type PlacementLink } from './placement';
import { sumBoxSize } from './sumTag';
import { SMALL_FONT, textWidth } from './textMetrics';
import type { EdgeGeometry, GraphLayout, LaneGeometry, NodeBox } from './layoutTypes';

export { placeInOrder } from './placement';
export { GATE_RADIUS } from './nodeShapes';
export { FONT_SIZE, SMALL_FONT } from './textMetrics';
export type { EdgeGeometry, GraphLayout, LaneGeometry, NodeBox } from './layoutTypes';

/**
 * Where everything of the graph diagram goes, as a pure function of the analysis: a
 * left-to-right layered DAG in the style of CS231n's circuit diagrams. Every node has an
 * output stub (a short horizontal wire) that carries its value above and its gradient
 * below; from the stub's end one wire runs to each gate that reads the node, along the
 * node's track where it skips columns (./layering).
 *
 * Coordinates are SVG user units (CSS pixels at scale 1). Column widths follow the labels
 * they must hold, measured from the final numbers so that nothing moves while the learner
 * steps; the room each label takes is defined once, in ./labels.
 */

const MARGIN_X = 20;
const MARGIN_Y = 10;
const MIN_STUB = 48;
const MIN_CURVE = 48;
const PORT_OFFSET = 10;

/** Half the size of the output terminal's rounded box. */
export const TERMINAL = { halfWidth: 20, halfHeight: 18 } as const;

/** Offset of the port of `slot` on a gate with `arity` inputs. */
const portOffset = (slot: number, arity: number): number =>
  arity < 2 ? 0 : (slot - (arity - 1) / 2) * 2 * PORT_OFFSET;

export function layoutGraph(analysis: GraphAnalysis): GraphLayout {
  const layering = layerGraph(analysis);
  const { columns, tracks } = layering;
  const node = (id: string) => analysis.byId.get(id);
  const arity = (id: string) => node(id)?.inputs.length ?? 1;
  // The node an item stands for: itself, or (for an item of a lane) the node the lane carries.
  const laneSource = (item: LayerItem) =>
    item.source !== undefined && tracks.get(item.source)?.lane === true
      ? node(item.source)
      : undefined;
  const standsFor = (item: LayerItem) => (item.virtual ? laneSource(item) : node(item.id));

  // A track runs straight; a gate lines up with its largest input (so a long chain is one
  // straight line with its side inputs beside it); a value read by many gates pulls on each
  // of them only a little; and only a variable or a constant lines up with the port it
  // enters (a chain of gates that did so would drift by a port's offset per column).
  const size = new Map<string, number>();
  for (const n of analysis.nodes) {
    let total = 1;
    for (const id of n.inputs) total += size.get(id) ?? 1;
    size.set(n.id, Math.min(total, 1e6));
  }
  const links: PlacementLink[] = [];
  for (const track of tracks.values()) {
    track.items.forEach((id, k) =>
      links.push({
        from: k === 0 ? track.source : (track.items[k - 1] ?? ''),
        to: id,
        offset: 0,
        weight: 1,
      }),
    );
  }
  for (const edge of layering.edges) {
    const via = edge.passes > 0 ? tracks.get(edge.from)?.items[edge.passes - 1] : undefined;
    const source = node(edge.from);
    const leaf = source !== undefined && source.kind !== 'gate';
    links.push({
      from: via ?? edge.from,
      to: edge.to,
      offset: leaf ? portOffset(edge.slot, arity(edge.to)) : 0,
      weight: leaf ? 1 / Math.max(1, source.uses.length) : (size.get(edge.from) ?? 1),
    });
  }
  // Sizes asked for again and again (a lane item per column): computed once per node.
  const sums = new Map<string, { width: number; height: number }>();
  const sumOf = (n: GraphNodeResult) => {
    let size = sums.get(n.id);
    if (size === undefined) sums.set(n.id, (size = sumBoxSize(analysis, n)));
    return size;
  };
  const rooms = new Map<string, readonly [number, number]>();
  const room = (item: LayerItem): readonly [number, number] => {
    let r = rooms.get(item.id);
    if (r === undefined) {
      // A node pinned to its lane shows its value and gradient there, but not its sum.
      const n = standsFor(item);
      r = n === undefined ? WIRE_ROOM : roomOf(n, item.virtual ? undefined : sumOf(n));
      rooms.set(item.id, r);
    }
    return r;
  };
  const ys = placeVertically(columns, links, room, (item) =>
    item.virtual ? 0.5 : (size.get(item.id) ?? 1),
  );

  // Horizontal: each column as wide as its widest shape plus its widest stub label (or sum);
  // the gap before a column leaves room for the branch labels of fan-out wires ending there.
  const halfWidth = columns.map((items) =>
    maxOf(
      items.flatMap((i) => {
        const n = standsFor(i);
        return n === undefined ? [] : [halfSize(n).w];
      }),
      12,
    ),
  );
  const stub = columns.map((items, c) =>
    maxOf(
      items.flatMap((i) => {
        const n = standsFor(i);
        if (n === undefined) return [];
        const labels = stubLabelWidth(n) + 22;
        if (n.uses.length < 2 || n.grad === null) return [labels];
        const tag = sumOf(n).width - halfSize(n).w - (halfWidth[c] ?? 0) + 8;
        return [labels, tag];
      }),
      MIN_STUB,
    ),
  );
  const curveBefore = columns.map(() => MIN_CURVE);
  for (const e of layering.edges) {
    if ((node(e.from)?.uses.length ?? 0) < 2) continue;
    const c = layering.items.get(e.to)?.column ?? 0;
    const sent = node(e.to)?.contributions[e.slot];
    if (typeof sent !== 'number') continue;
    const width = textWidth(formatNumber(sent), SMALL_FONT) + 30;
    curveBefore[c] = Math.max(curveBefore[c] ?? MIN_CURVE, width);
  }
  const centre: number[] = [];
  const stubEnd: number[] = [];
  columns.forEach((_, c) => {
    const x =
      c === 0
        ? MARGIN_X + (halfWidth[0] ?? 0)
        : (stubEnd[c - 1] ?? 0) + (curveBefore[c] ?? MIN_CURVE) + (halfWidth[c] ?? 0);
    centre.push(x);
    stubEnd.push(x + (halfWidth[c] ?? 0) + (stub[c] ?? MIN_STUB));
  });

  // Vertical: the topmost room at the top margin.
  let top = Infinity;
  let bottom = -Infinity;
  for (const items of columns)
    for (const item of items) {
      const [above, below] = room(item);
      const y = ys.get(item.id) ?? 0;
      top = Math.min(top, y - above);
      bottom = Math.max(bottom, y + below);
    }
  const yOf = (id: string) => (ys.get(id) ?? 0) - top + MARGIN_Y;
  const boxAt = (n: GraphNodeResult, column: number, y: number, withSum = true): NodeBox => {
    const size = halfSize(n);
    const x = centre[column] ?? 0;
    const end = stubEnd[column] ?? x;
    const anchor = {
      x,
      y,
      halfWidth: size.w,
      halfHeight: size.h,
      stubEnd: end,
      labelX: (x + (halfWidth[column] ?? 0) + end) / 2,
    };
    return {
      id: n.id,
      kind: n.kind,
      column,
      ...anchor,
      extent: extentOf(n, anchor, withSum ? sumOf(n) : undefined),
    };
  };
  const nodes = new Map<string, NodeBox>();
  for (const n of analysis.nodes) {
    nodes.set(n.id, boxAt(n, layering.items.get(n.id)?.column ?? 0, yOf(n.id)));
  }

  // Short tracks are part of each wire; lanes are drawn once, and wires leave them.
  const lanes = new Map<string, LaneGeometry>();
  const passage = (id: string): { enter: Point; exit: Point } => {
    const c = layering.items.get(id)?.column ?? 0;
    const y = yOf(id);
    return {
      enter: { x: (centre[c] ?? 0) - (halfWidth[c] ?? 0), y },
      exit: { x: stubEnd[c] ?? 0, y },
    };
  };
  for (const track of tracks.values()) {
    const source = nodes.get(track.source);
    const n = node(track.source);
    if (!track.lane || source === undefined || n === undefined) continue;
    let at: Point = { x: source.stubEnd, y: source.y };
    const segments: Segment[] = [line({ x: source.x + source.halfWidth, y: source.y }, at)];
    const pins: NodeBox[] = [];
    for (const id of track.items) {
      const { enter, exit } = passage(id);
      segments.push(sCurve(at, enter), line(enter, exit));
      at = exit;
      pins.push(boxAt(n, layering.items.get(id)?.column ?? 0, enter.y, false));
    }
    lanes.set(track.source, { source: track.source, segments, pins });
  }

  const edges: EdgeGeometry[] = layering.edges.map((edge) => {
    const source = nodes.get(edge.from);
    const target = nodes.get(edge.to);
    const sx = (source?.x ?? 0) + (source?.halfWidth ?? 0);
    const sy = source?.y ?? 0;
    const items = tracks.get(edge.from)?.items ?? [];
    const lane = edge.passes > 0 && lanes.has(edge.from) ? edge.from : undefined;
    const segments: Segment[] = [];
    let at: Point = { x: source?.stubEnd ?? sx, y: sy };
    if (lane !== undefined) {
      const { enter, exit } = passage(items[edge.passes - 1] ?? '');
      segments.push(line(enter, exit));
      at = exit;
    } else {
      if (at.x > sx) segments.push(line({ x: sx, y: sy }, at));
      for (const id of items.slice(0, edge.passes)) {
        const { enter, exit } = passage(id);
        segments.push(sCurve(at, enter), line(enter, exit));
        at = exit;
      }
    }
    const offset = portOffset(edge.slot, arity(edge.to));
    const port = {
      x: (target?.x ?? 0) - Math.sqrt(GATE_RADIUS * GATE_RADIUS - offset * offset),
      y: (target?.y ?? 0) + offset,
    };
    segments.push(sCurve(at, port));
    return {
      id: edgeId(edge.from, edge.to, edge.slot),
      from: edge.from,
      to: edge.to,
      slot: edge.slot,
      segments,
      path: pathOf(segments),
      port,
      side: offset < 0 ? -1 : offset > 0 ? 1 : 0,
      ...(lane === undefined ? {} : { lane }),
      bounds: boundsOf(segments),
    };
  });

  const out = nodes.get(analysis.output);
  const outStart = { x: (out?.x ?? 0) + (out?.halfWidth ?? 0), y: out?.y ?? 0 };
  const terminal = { x: (out?.stubEnd ?? 0) + 44, y: out?.y ?? 0 };
  const terminalSegments = [line(outStart, { x: terminal.x - TERMINAL.halfWidth, y: terminal.y })];
  return {
    width: Math.ceil(terminal.x + TERMINAL.halfWidth + MARGIN_X),
    height: Math.ceil(bottom - top + 2 * MARGIN_Y),
    nodes,
    edges,
    lanes,
    terminal,
    terminalPath: pathOf(terminalSegments),
    terminalSegments,
  };
}
