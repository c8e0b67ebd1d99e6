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
  const incoming = byEnd(links, 'to');
  const outgoing = byEnd(links, 'from');
  let order = initialOrder(analysis, items, tracks, width);
  let best = order;
  let bestCrossings = countCrossings(order, links, items);
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    order = sweep % 2 === 0 ? sweepDown(order, incoming) : sweepUp(order, outgoing);
    const count = countCrossings(order, links, items);
    if (count < bestCrossings) {
      best = order;
      bestCrossings = count;
    }
  }
  return best.map((ids) => ids.flatMap((id) => items.get(id) ?? []));
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

/** Links grouped by one of their ends. */
function byEnd(links: readonly OrderLink[], end: 'from' | 'to'): Map<string, OrderLink[]> {
  const map = new Map<string, OrderLink[]>();
  for (const l of links) {
    const list = map.get(l[end]);
    if (list === undefined) map.set(l[end], [l]);
    else list.push(l);
  }
  return map;
}

function positionsOf(ids: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  return at;
}

/** Reorders a column by the mean position of its neighbours; items without any stay put. */
function reorder(ids: readonly string[], bary: (id: string) => number | undefined): string[] {
  const keyed = ids.map((id, i) => ({ id, key: bary(id) ?? i, i }));
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.id);
}

/** Mean position of the neighbours in the adjacent column; links elsewhere are skipped. */
function mean(
  links: readonly OrderLink[],
  at: ReadonlyMap<string, number>,
  end: 'from' | 'to',
): number | undefined {
  let sum = 0;
  let count = 0;
  for (const l of links) {
    const p = at.get(l[end]);
    if (p === undefined) continue;
    sum += p + (end === 'to' ? l.weight : -l.weight);
    count++;
  }
  return count === 0 ? undefined : sum / count;
}

function sweepDown(order: string[][], incoming: ReadonlyMap<string, OrderLink[]>): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = 1; c < next.length; c++) {
    const at = positionsOf(next[c - 1] ?? []);
    next[c] = reorder(next[c] ?? [], (id) => mean(incoming.get(id) ?? [], at, 'from'));
  }
  return next;
}

function sweepUp(order: string[][], outgoing: ReadonlyMap<string, OrderLink[]>): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = next.length - 2; c >= 0; c--) {
    const at = positionsOf(next[c + 1] ?? []);
    next[c] = reorder(next[c] ?? [], (id) => mean(outgoing.get(id) ?? [], at, 'to'));
  }
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
function countCrossings(
  order: readonly string[][],
  links: readonly OrderLink[],
  items: ReadonlyMap<string, LayerItem>,
): number {
  const at = new Map<string, number>();
  for (const ids of order) ids.forEach((id, i) => at.set(id, i));
  const between = new Map<number, [number, number][]>();
  for (const l of links) {
    const c = items.get(l.from)?.column ?? 0;
    if (items.get(l.to)?.column !== c + 1) continue;
    const pairs = between.get(c) ?? [];
    pairs.push([at.get(l.from) ?? 0, (at.get(l.to) ?? 0) + l.weight]);
    between.set(c, pairs);
  }
  let total = 0;
  for (const pairs of between.values()) total += crossings(pairs);
  return total;
}
