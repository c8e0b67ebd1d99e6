import type { GraphAnalysis } from '../../engine';

/**
 * The combinatorial half of the graph layout: which column every node goes in, and the
 * top-to-bottom order within each column, with virtual nodes where an edge skips columns
 * (so long edges are routed around gates instead of through them). Pure.
 *
 * Columns: a gate sits one column right of its deepest input (longest path); a variable
 * or constant sits just left of its first consumer, so wires stay short, as in the DLFS
 * figures where the tax enters next to the gate that uses it.
 */

export interface LayerItem {
  /** A node id, or `edgeId#k` for the k-th virtual node of a long edge. */
  readonly id: string;
  readonly virtual: boolean;
  readonly column: number;
}

/** An edge of the graph: node `from` feeds input `slot` of gate `to`. */
export interface LayerEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly slot: number;
  /** Ids along the edge: `from`, its virtual nodes, `to`. */
  readonly chain: readonly string[];
}

export interface Layering {
  readonly columns: readonly (readonly LayerItem[])[];
  readonly items: ReadonlyMap<string, LayerItem>;
  readonly edges: readonly LayerEdge[];
}

/** A link between items of adjacent columns; `weight` nudges slot 0 above slot 1. */
interface Link {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

export const edgeId = (from: string, to: string, slot: number): string => `${from}>${to}:${slot}`;

/**
 * Most virtual nodes a layout makes. A long chain such as `x+x+…+x` would otherwise need
 * a number quadratic in its length; past this budget long edges are drawn directly.
 */
export const MAX_VIRTUAL_NODES = 400;

/** Largest value of a list, without spreading it into arguments (lists may be long). */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let best = start;
  for (const v of values) if (v > best) best = v;
  return best;
}

/** Columns by longest path for gates; leaves just before their first consumer. */
export function assignColumns(analysis: GraphAnalysis): Map<string, number> {
  const column = new Map<string, number>();
  for (const node of analysis.nodes) {
    if (node.kind !== 'gate') continue;
    const depth = maxOf(
      node.inputs.map((id) => column.get(id) ?? 0),
      0,
    );
    column.set(node.id, depth + 1);
  }
  for (const node of analysis.nodes) {
    if (node.kind === 'gate') continue;
    const first = -maxOf(
      node.uses.map((u) => -(column.get(u.gate) ?? 1)),
      -Infinity,
    );
    column.set(node.id, node.uses.length === 0 ? 0 : first - 1);
  }
  return column;
}

export function layerGraph(analysis: GraphAnalysis): Layering {
  const column = assignColumns(analysis);
  const items = new Map<string, LayerItem>();
  for (const node of analysis.nodes) {
    items.set(node.id, { id: node.id, virtual: false, column: column.get(node.id) ?? 0 });
  }
  const span = (from: string, to: string) => (column.get(to) ?? 0) - (column.get(from) ?? 0);
  let needed = 0;
  for (const node of analysis.nodes)
    for (const from of node.inputs) needed += Math.max(0, span(from, node.id) - 1);
  const routed = needed <= MAX_VIRTUAL_NODES;

  const edges: LayerEdge[] = [];
  for (const node of analysis.nodes) {
    node.inputs.forEach((from, slot) => {
      const id = edgeId(from, node.id, slot);
      const start = column.get(from) ?? 0;
      const end = routed ? (column.get(node.id) ?? 0) : start + 1;
      const chain = [from];
      for (let c = start + 1; c < end; c++) {
        const virtualId = `${id}#${c - start}`;
        items.set(virtualId, { id: virtualId, virtual: true, column: c });
        chain.push(virtualId);
      }
      chain.push(node.id);
      edges.push({ id, from, to: node.id, slot, chain });
    });
  }

  const links: Link[] = [];
  for (const edge of edges) {
    const arity = analysis.byId.get(edge.to)?.inputs.length ?? 1;
    for (let i = 0; i + 1 < edge.chain.length; i++) {
      const last = i + 2 === edge.chain.length;
      links.push({
        from: edge.chain[i] ?? '',
        to: edge.chain[i + 1] ?? '',
        weight: last ? (edge.slot - (arity - 1) / 2) * 0.3 : 0,
      });
    }
  }

  const width =
    maxOf(
      [...items.values()].map((i) => i.column),
      0,
    ) + 1;
  const incoming = byEnd(links, 'to');
  const outgoing = byEnd(links, 'from');
  let order = initialOrder(analysis, items, edges, width);
  let best = order;
  let bestCrossings = countCrossings(order, links, items);
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    order = sweep % 2 === 0 ? sweepDown(order, incoming) : sweepUp(order, outgoing);
    const count = countCrossings(order, links, items);
    if (count < bestCrossings) {
      best = order;
      bestCrossings = count;
    }
  }
  const columns = best.map((ids) => ids.flatMap((id) => items.get(id) ?? []));
  return { columns, items, edges };
}

/** Depth-first from the output, inputs in slot order: a tree reads top to bottom. */
function initialOrder(
  analysis: GraphAnalysis,
  items: ReadonlyMap<string, LayerItem>,
  edges: readonly LayerEdge[],
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
  // A virtual node ranks with the edge's source, just after it.
  for (const edge of edges) {
    edge.chain.slice(1, -1).forEach((id, k) => {
      rank.set(id, (rank.get(edge.from) ?? 0) + 0.01 * (k + 1) + 0.001 * edge.slot);
    });
  }
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (const item of items.values()) columns[item.column]?.push(item.id);
  return columns.map((ids) => ids.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}

/** Links grouped by one of their ends. */
function byEnd(links: readonly Link[], end: 'from' | 'to'): Map<string, Link[]> {
  const map = new Map<string, Link[]>();
  for (const l of links) {
    const list = map.get(l[end]);
    if (list === undefined) map.set(l[end], [l]);
    else list.push(l);
  }
  return map;
}

function positions(order: readonly (readonly string[])[]): Map<string, number> {
  const at = new Map<string, number>();
  for (const ids of order) ids.forEach((id, i) => at.set(id, i));
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
  links: readonly Link[],
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

function sweepDown(order: string[][], incoming: ReadonlyMap<string, Link[]>): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = 1; c < next.length; c++) {
    const at = positions([next[c - 1] ?? []]);
    next[c] = reorder(next[c] ?? [], (id) => mean(incoming.get(id) ?? [], at, 'from'));
  }
  return next;
}

function sweepUp(order: string[][], outgoing: ReadonlyMap<string, Link[]>): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = next.length - 2; c >= 0; c--) {
    const at = positions([next[c + 1] ?? []]);
    next[c] = reorder(next[c] ?? [], (id) => mean(outgoing.get(id) ?? [], at, 'to'));
  }
  return next;
}

/** Pairs (position at the left end, position at the right end) that cross. */
function crossings(pairs: readonly (readonly [number, number])[]): number {
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [a1, b1] = pairs[i] ?? [0, 0];
      const [a2, b2] = pairs[j] ?? [0, 0];
      if ((a1 - a2) * (b1 - b2) < 0) count++;
    }
  }
  return count;
}

/** Crossings between adjacent columns (direct long edges, past the budget, are not counted). */
function countCrossings(
  order: readonly string[][],
  links: readonly Link[],
  items: ReadonlyMap<string, LayerItem>,
): number {
  const at = positions(order);
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
