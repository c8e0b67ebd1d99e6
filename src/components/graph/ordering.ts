import type { GraphAnalysis } from '../../engine';
import type { LayerItem, Track } from './layering';

/**
 * The top-to-bottom order within each column of the graph diagram: depth-first from the
 * output (so a tree reads top to bottom, inputs in slot order), then barycentre sweeps
 * that keep the order with the fewest wire crossings. Pure, and fast enough for the
 * longest expression the engine accepts: crossings are counted in O(n log n).
 */

/** A link between items of adjacent columns; `weight` nudges slot 0 above slot 1. */
export interface OrderLink {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

const SWEEPS = 8;

export function orderColumns(
  analysis: GraphAnalysis,
  items: ReadonlyMap<string, LayerItem>,
  tracks: ReadonlyMap<string, Track>,
  links: readonly OrderLink[],
  width: number,
): LayerItem[][] {
  const initial = initialOrder(analysis, items, tracks, width);
  const graph = numbered(initial, links, items);
  let order: Int32Array[] = initial.map((ids) =>
    Int32Array.from(ids, (id) => graph.index.get(id) ?? 0),
  );
  let best = order;
  let bestCrossings = countCrossings(order, graph);
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    order = sweep % 2 === 0 ? sweepDown(order, graph) : sweepUp(order, graph);
    const count = countCrossings(order, graph);
    if (count < bestCrossings) {
      best = order;
      bestCrossings = count;
    }
  }
  return best.map((column) => Array.from(column, (k) => graph.items[k]).flatMap((i) => i ?? []));
}

/** Depth-first from the output, inputs in slot order: a tree reads top to bottom. */
function initialOrder(
  analysis: GraphAnalysis,
  items: ReadonlyMap<string, LayerItem>,
  tracks: ReadonlyMap<string, Track>,
  width: number,
): string[][] {
  const rank = new Map<string, number>();
  const started = new Set<string>();
  // Post-order without recursion: a chain of a thousand gates must not overflow the stack.
  const visit = (root: string): void => {
    if (started.has(root)) return;
    started.add(root);
    const stack = [{ id: root, next: 0 }];
    for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
      const child = analysis.byId.get(top.id)?.inputs[top.next];
      if (child === undefined) {
        stack.pop();
        rank.set(top.id, rank.size);
        continue;
      }
      top.next++;
      if (!started.has(child)) {
        started.add(child);
        stack.push({ id: child, next: 0 });
      }
    }
  };
  visit(analysis.output);
  for (const node of analysis.nodes) visit(node.id);
  // A track ranks with its node, just after it.
  for (const track of tracks.values()) {
    const r = (rank.get(track.source) ?? 0) + 0.5;
    for (const id of track.items) rank.set(id, r);
  }
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (const item of items.values()) columns[item.column]?.push(item.id);
  return columns.map((ids) => ids.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}

/**
 * The items numbered (the sweeps run over a thousand columns eight times: no lookup by
 * id there), and the links between adjacent columns at each item, as flat arrays: item
 * k's incoming links are `inStart[k]` … `inStart[k + 1] − 1`, its outgoing ones likewise.
 */
interface Numbered {
  readonly index: ReadonlyMap<string, number>;
  readonly items: readonly (LayerItem | undefined)[];
  readonly column: Int32Array;
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inWeight: Float64Array;
  readonly outStart: Int32Array;
  readonly outTo: Int32Array;
  readonly outWeight: Float64Array;
  /** The links between column c and c + 1, for counting crossings: from, to, weight. */
  readonly between: readonly { from: Int32Array; to: Int32Array; weight: Float64Array }[];
}

function numbered(
  order: readonly string[][],
  links: readonly OrderLink[],
  items: ReadonlyMap<string, LayerItem>,
): Numbered {
  const index = new Map<string, number>();
  const list: (LayerItem | undefined)[] = [];
  for (const ids of order)
    for (const id of ids) {
      index.set(id, list.length);
      list.push(items.get(id));
    }
  const n = list.length;
  const column = Int32Array.from(list, (item) => item?.column ?? 0);
  // Only links whose ends are both items are ever read (positions of anything else are
  // unknown, and such a link was skipped).
  const known = links.flatMap((l) => {
    const from = index.get(l.from);
    const to = index.get(l.to);
    return from === undefined || to === undefined ? [] : [{ from, to, weight: l.weight }];
  });
  const grouped = (end: 'from' | 'to') => {
    const far = end === 'to' ? 'from' : 'to';
    const start = new Int32Array(n + 1);
    for (const l of known) start[l[end] + 1] = (start[l[end] + 1] ?? 0) + 1;
    for (let k = 0; k < n; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
    const fill = start.slice(0, n);
    const other = new Int32Array(known.length);
    const weight = new Float64Array(known.length);
    for (const l of known) {
      const at = fill[l[end]] ?? 0;
      fill[l[end]] = at + 1;
      other[at] = l[far];
      weight[at] = l.weight;
    }
    return { start, other, weight };
  };
  const incoming = grouped('to');
  const outgoing = grouped('from');
  const byColumn: { from: number; to: number; weight: number }[][] = order.map(() => []);
  for (const l of known)
    if (column[l.to] === (column[l.from] ?? 0) + 1) byColumn[column[l.from] ?? 0]?.push(l);
  const between = byColumn.map((here) => ({
    from: Int32Array.from(here, (l) => l.from),
    to: Int32Array.from(here, (l) => l.to),
    weight: Float64Array.from(here, (l) => l.weight),
  }));
  return {
    index,
    items: list,
    column,
    inStart: incoming.start,
    inFrom: incoming.other,
    inWeight: incoming.weight,
    outStart: outgoing.start,
    outTo: outgoing.other,
    outWeight: outgoing.weight,
    between,
  };
}

/**
 * Reorders a column by the mean position of its neighbours in the column before (down)
 * or after (up); items without any stay put. `at` holds every item's position in its
 * column, and is kept up to date.
 */
function reorder(
  ids: Int32Array,
  graph: Numbered,
  at: Int32Array,
  neighbours: 'in' | 'out',
  column: number,
): Int32Array {
  const start = neighbours === 'in' ? graph.inStart : graph.outStart;
  const other = neighbours === 'in' ? graph.inFrom : graph.outTo;
  const weight = neighbours === 'in' ? graph.inWeight : graph.outWeight;
  // The slot weight nudges slot 0 above slot 1, seen from either side.
  const sign = neighbours === 'in' ? -1 : 1;
  const keyed = Array.from(ids, (id, i) => {
    let sum = 0;
    let count = 0;
    for (let j = start[id] ?? 0; j < (start[id + 1] ?? 0); j++) {
      const o = other[j] ?? 0;
      if (graph.column[o] !== column) continue;
      sum += (at[o] ?? 0) + sign * (weight[j] ?? 0);
      count++;
    }
    return { id, key: count === 0 ? i : sum / count, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  const next = Int32Array.from(keyed, (k) => k.id);
  next.forEach((id, i) => (at[id] = i));
  return next;
}

function positions(order: readonly Int32Array[], n: number): Int32Array {
  const at = new Int32Array(n);
  for (const ids of order) ids.forEach((id, i) => (at[id] = i));
  return at;
}

function sweepDown(order: readonly Int32Array[], graph: Numbered): Int32Array[] {
  const next = [...order];
  const at = positions(order, graph.items.length);
  for (let c = 1; c < next.length; c++)
    next[c] = reorder(next[c] ?? new Int32Array(0), graph, at, 'in', c - 1);
  return next;
}

function sweepUp(order: readonly Int32Array[], graph: Numbered): Int32Array[] {
  const next = [...order];
  const at = positions(order, graph.items.length);
  for (let c = next.length - 2; c >= 0; c--)
    next[c] = reorder(next[c] ?? new Int32Array(0), graph, at, 'out', c + 1);
  return next;
}

/**
 * Pairs of links that cross: (left position, right position) pairs with both strictly in
 * opposite order. Sorted by left then right, they are the strict inversions of the right
 * positions, counted by merge sort.
 */
export function crossings(pairs: readonly (readonly [number, number])[]): number {
  const sorted = [...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let right = sorted.map((p) => p[1]);
  let count = 0;
  for (let size = 1; size < right.length; size *= 2) {
    const merged: number[] = [];
    for (let start = 0; start < right.length; start += 2 * size) {
      const mid = Math.min(start + size, right.length);
      const end = Math.min(start + 2 * size, right.length);
      let i = start;
      let j = mid;
      while (i < mid || j < end) {
        const a = right[i] ?? Infinity;
        const b = right[j] ?? Infinity;
        if (j >= end || (i < mid && a <= b)) {
          merged.push(a);
          i++;
        } else {
          merged.push(b);
          count += mid - i;
          j++;
        }
      }
    }
    right = merged;
  }
  return count;
}

/** Crossings between adjacent columns (direct long wires, past the budget, are not counted). */
function countCrossings(order: readonly Int32Array[], graph: Numbered): number {
  const at = positions(order, graph.items.length);
  let total = 0;
  for (const { from, to, weight } of graph.between) {
    if (from.length < 2) continue;
    total += crossings(
      Array.from(from, (f, j) => [at[f] ?? 0, (at[to[j] ?? 0] ?? 0) + (weight[j] ?? 0)] as const),
    );
  }
  return total;
}
