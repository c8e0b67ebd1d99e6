import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import { line, pathOf, sCurve, type Point, type Segment } from './geometry';
import { edgeId, layerGraph, maxOf, type LayerItem } from './layering';

/**
 * Where everything of the graph diagram goes, as a pure function of the analysis: a
 * left-to-right layered DAG in the style of CS231n's circuit diagrams. Every node has an
 * output stub (a short horizontal wire) that carries its value above and its gradient
 * below; from the stub's end one wire runs to each gate that reads the node.
 *
 * Coordinates are SVG user units, drawn at one unit per CSS pixel (the diagram scrolls
 * rather than shrinking text). Column widths follow the labels they must hold, measured
 * from the final numbers so that the layout does not move while the learner steps.
 */

export const FONT_SIZE = 16;
export const SMALL_FONT = 14;
export const GATE_RADIUS = 24;
const VAR_HEIGHT = 36;
const CONST_HEIGHT = 30;
const MARGIN_X = 20;
const MARGIN_TOP = 48;
const MARGIN_BOTTOM = 40;
const MIN_STUB = 48;
const MIN_CURVE = 48;
/**
 * Vertical room each kind of item needs above and below its centre: a gate's id and
 * value label above, its gradient label below; a node that fans out also needs room for
 * the sum of its branches, written under it while it completes.
 */
const ROOM = {
  gate: [46, 40],
  var: [38, 40],
  const: [22, 22],
  virtual: [14, 14],
} as const;
/** Line height of the written-out sum under a node that fans out (one line per branch, one for Σ). */
export const SUM_LINE = 17;
const SUM_PADDING = 12;

/** Vertical room the written-out sum of a fan-out needs below the node's centre. */
export function sumHeight(node: GraphNodeResult): number {
  return (node.uses.length + 1) * SUM_LINE + SUM_PADDING;
}
const PORT_OFFSET = 10;

export interface NodeBox {
  readonly id: string;
  readonly kind: GraphNodeResult['kind'];
  readonly column: number;
  /** Centre of the node's shape. */
  readonly x: number;
  readonly y: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** The output stub runs from the shape's right edge to here. */
  readonly stubEnd: number;
  /** Where the value (above) and gradient (below) labels are centred. */
  readonly labelX: number;
}

export interface EdgeGeometry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly slot: number;
  readonly segments: readonly Segment[];
  readonly path: string;
  /** Where the wire meets the gate. */
  readonly port: Point;
  /** -1 for the upper input of a two-input gate, 1 for the lower, 0 for a single input. */
  readonly side: -1 | 0 | 1;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyMap<string, NodeBox>;
  readonly edges: readonly EdgeGeometry[];
  /** The output terminal (`f`) and the wire that leads to it from the output's stub. */
  readonly terminal: Point;
  readonly terminalPath: string;
  readonly terminalSegments: readonly Segment[];
}

/** Rough width of a label in the diagram's font; errs on the wide side. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const c of text) em += c === '.' || c === ' ' ? 0.32 : /[⁰-⁹⁻]/u.test(c) ? 0.45 : 0.62;
  return em * fontSize;
}

/** The gradient label of a node: a node that fans out shows its gradient as a sum. */
export function gradLabel(node: GraphNodeResult, grad: number): string {
  return node.uses.length >= 2 ? `Σ ${formatNumber(grad)}` : formatNumber(grad);
}

function halfSize(node: GraphNodeResult): { w: number; h: number } {
  if (node.kind === 'gate') return { w: GATE_RADIUS, h: GATE_RADIUS };
  if (node.kind === 'var')
    return { w: Math.max(22, (textWidth(node.label) + 20) / 2), h: VAR_HEIGHT / 2 };
  return { w: Math.max(15, (textWidth(node.label) + 14) / 2), h: CONST_HEIGHT / 2 };
}

/** Widest stub label of a node: its value above and its gradient below (constants have none). */
function labelWidth(node: GraphNodeResult): number {
  if (node.kind === 'const') return 0;
  const value = textWidth(formatNumber(node.value));
  const grad = node.grad === null ? 0 : textWidth(gradLabel(node, node.grad));
  return Math.max(value, grad);
}

/** Offset of the port of `slot` on a gate with `arity` inputs. */
const portOffset = (slot: number, arity: number): number =>
  arity < 2 ? 0 : (slot - (arity - 1) / 2) * 2 * PORT_OFFSET;

/**
 * Least-squares positions for an ordered column: as close as possible to `desired`, in
 * order, each at least `gaps[i]` below the previous one (pool-adjacent-violators).
 */
export function placeInOrder(desired: readonly number[], gaps: readonly number[]): number[] {
  const offsets: number[] = [];
  desired.forEach((_, i) => offsets.push(i === 0 ? 0 : (offsets[i - 1] ?? 0) + (gaps[i] ?? 0)));
  const blocks: { sum: number; count: number }[] = [];
  desired.forEach((d, i) => {
    blocks.push({ sum: d - (offsets[i] ?? 0), count: 1 });
    for (;;) {
      const last = blocks[blocks.length - 1];
      const previous = blocks[blocks.length - 2];
      if (
        last === undefined ||
        previous === undefined ||
        previous.sum / previous.count <= last.sum / last.count
      )
        break;
      blocks.splice(-2, 2, { sum: previous.sum + last.sum, count: previous.count + last.count });
    }
  });
  const result: number[] = [];
  for (const block of blocks) {
    for (let k = 0; k < block.count; k++) {
      const i = result.length;
      result.push(block.sum / block.count + (offsets[i] ?? 0));
    }
  }
  return result;
}

interface Link {
  readonly from: string;
  readonly to: string;
  /** The vertical offset of the port the link ends in. */
  readonly offset: number;
}

function placeVertically(
  columns: readonly (readonly LayerItem[])[],
  links: readonly Link[],
  room: (item: LayerItem) => readonly [above: number, below: number],
): Map<string, number> {
  const y = new Map<string, number>();
  const gapsOf = (items: readonly LayerItem[]) =>
    items.map((item, i) => (i === 0 ? 0 : room(items[i - 1] ?? item)[1] + room(item)[0]));
  for (const items of columns) {
    const gaps = gapsOf(items);
    placeInOrder(
      items.map(() => 0),
      gaps,
    ).forEach((v, i) => y.set(items[i]?.id ?? '', v));
  }
  const into = new Map<string, Link[]>();
  const outOf = new Map<string, Link[]>();
  for (const l of links) {
    into.set(l.to, [...(into.get(l.to) ?? []), l]);
    outOf.set(l.from, [...(outOf.get(l.from) ?? []), l]);
  }
  const incoming = (id: string) => into.get(id) ?? [];
  const outgoing = (id: string) => outOf.get(id) ?? [];
  const pass = (items: readonly LayerItem[], desired: (item: LayerItem) => number | undefined) => {
    const gaps = gapsOf(items);
    const wanted = items.map((item) => desired(item) ?? y.get(item.id) ?? 0);
    placeInOrder(wanted, gaps).forEach((v, i) => y.set(items[i]?.id ?? '', v));
  };
  const average = (values: number[]) =>
    values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
  const fromLeft = (item: LayerItem) =>
    average(incoming(item.id).map((l) => (y.get(l.from) ?? 0) - l.offset));
  const fromRight = (item: LayerItem) =>
    average(outgoing(item.id).map((l) => (y.get(l.to) ?? 0) + l.offset));
  for (let round = 0; round < 6; round++) {
    for (let c = 1; c < columns.length; c++) pass(columns[c] ?? [], fromLeft);
    for (let c = columns.length - 2; c >= 0; c--) pass(columns[c] ?? [], fromRight);
  }
  // A last pass that weighs both sides, so a gate sits between its inputs and its consumer.
  for (let c = 0; c < columns.length; c++) {
    pass(columns[c] ?? [], (item) => {
      const left = fromLeft(item);
      const right = fromRight(item);
      return left === undefined ? right : right === undefined ? left : (left + right) / 2;
    });
  }
  return y;
}

export function layoutGraph(analysis: GraphAnalysis): GraphLayout {
  const layering = layerGraph(analysis);
  const { columns } = layering;
  const node = (id: string) => analysis.byId.get(id);
  const arity = (id: string) => node(id)?.inputs.length ?? 1;

  const links: Link[] = layering.edges.flatMap((edge) =>
    edge.chain.slice(1).map((to, i) => ({
      from: edge.chain[i] ?? '',
      to,
      offset: to === edge.to ? portOffset(edge.slot, arity(edge.to)) : 0,
    })),
  );
  const room = (item: LayerItem): readonly [number, number] => {
    if (item.virtual) return ROOM.virtual;
    const n = node(item.id);
    const [above, below] = ROOM[n?.kind ?? 'var'];
    if (n === undefined || n.uses.length < 2 || n.kind === 'const') return [above, below];
    return [above, Math.max(below, halfSize(n).h + 6 + sumHeight(n) + 10)];
  };
  const ys = placeVertically(columns, links, room);

  // Horizontal: each column as wide as its widest shape plus its widest stub label; the gap
  // before a column leaves room for the branch labels of fan-out wires that end there.
  const halfWidth = columns.map((items) =>
    maxOf(
      items.flatMap((i) => (i.virtual ? [] : [halfSize(node(i.id) ?? dummy).w])),
      12,
    ),
  );
  const stub = columns.map((items) =>
    maxOf(
      items.flatMap((i) => (i.virtual ? [] : [labelWidth(node(i.id) ?? dummy) + 22])),
      MIN_STUB,
    ),
  );
  const curveBefore = columns.map(() => MIN_CURVE);
  for (const e of layering.edges) {
    if ((node(e.from)?.uses.length ?? 0) < 2) continue;
    const c = layering.items.get(e.to)?.column ?? 0;
    const sent = node(e.to)?.contributions[e.slot];
    if (typeof sent !== 'number') continue;
    const room = textWidth(formatNumber(sent), SMALL_FONT) + 30;
    curveBefore[c] = Math.max(curveBefore[c] ?? MIN_CURVE, room);
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

  const top = -maxOf(
    [...ys.values()].map((v) => -v),
    -Infinity,
  );
  const yOf = (id: string) => (ys.get(id) ?? 0) - top + MARGIN_TOP;
  const nodes = new Map<string, NodeBox>();
  for (const n of analysis.nodes) {
    const column = layering.items.get(n.id)?.column ?? 0;
    const size = halfSize(n);
    const x = centre[column] ?? 0;
    nodes.set(n.id, {
      id: n.id,
      kind: n.kind,
      column,
      x,
      y: yOf(n.id),
      halfWidth: size.w,
      halfHeight: size.h,
      stubEnd: stubEnd[column] ?? x,
      labelX: (x + (halfWidth[column] ?? 0) + (stubEnd[column] ?? x)) / 2,
    });
  }

  const edges: EdgeGeometry[] = layering.edges.map((edge) => {
    const source = nodes.get(edge.from);
    const target = nodes.get(edge.to);
    const sx = (source?.x ?? 0) + (source?.halfWidth ?? 0);
    const sy = source?.y ?? 0;
    const segments: Segment[] = [];
    let at: Point = { x: source?.stubEnd ?? sx, y: sy };
    if (at.x > sx) segments.push(line({ x: sx, y: sy }, at));
    for (const id of edge.chain.slice(1, -1)) {
      const c = layering.items.get(id)?.column ?? 0;
      const y = yOf(id);
      const enter = { x: (centre[c] ?? 0) - (halfWidth[c] ?? 0), y };
      segments.push(sCurve(at, enter));
      at = { x: stubEnd[c] ?? enter.x, y };
      segments.push(line(enter, at));
    }
    const offset = portOffset(edge.slot, arity(edge.to));
    const r = GATE_RADIUS;
    const port = {
      x: (target?.x ?? 0) - Math.sqrt(r * r - offset * offset),
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
    };
  });

  const out = nodes.get(analysis.output);
  const outStart = { x: (out?.x ?? 0) + (out?.halfWidth ?? 0), y: out?.y ?? 0 };
  const terminal = { x: (out?.stubEnd ?? 0) + 44, y: out?.y ?? 0 };
  const terminalSegments = [line(outStart, { x: terminal.x - 20, y: terminal.y })];
  const bottom = maxOf([...ys.keys()].map(yOf), MARGIN_TOP);
  return {
    width: Math.ceil(terminal.x + 20 + MARGIN_X),
    height: Math.ceil(bottom + MARGIN_BOTTOM + 30),
    nodes,
    edges,
    terminal,
    terminalPath: pathOf(terminalSegments),
    terminalSegments,
  };
}

const dummy: GraphNodeResult = {
  id: '',
  kind: 'var',
  op: null,
  label: '',
  inputs: [],
  value: 0,
  grad: null,
  local: [],
  contributions: [],
  uses: [],
  domId: '',
};
