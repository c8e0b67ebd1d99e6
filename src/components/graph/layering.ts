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

export const edgeId = (from: string, to: string, slot: number): string => `${from}>${to}:${slot}`;

/** Columns by longest path for gates; leaves just before their first consumer. */
export function assignColumns(analysis: GraphAnalysis): Map<string, number> {
  const column = new Map<string, number>();
  for (const node of analysis.nodes) {
    if (node.kind !== 'gate') continue;
    const depth = node.inputs.reduce((d, id) => Math.max(d, column.get(id) ?? 0), 0);
    column.set(node.id, depth + 1);
  }
  for (const node of analysis.nodes) {
    if (node.kind === 'gate') continue;
    const consumers = node.uses.map((u) => column.get(u.gate) ?? 1);
    column.set(node.id, consumers.length === 0 ? 0 : Math.min(...consumers) - 1);
  }
  return column;
}

/** Number of crossings between two adjacent columns, for the edges between them. */
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

export function layerGraph(analysis: GraphAnalysis): Layering {
  const column = assignColumns(analysis);
  const items = new Map<string, LayerItem>();
  for (const node of analysis.nodes) {
    items.set(node.id, { id: node.id, virtual: false, column: column.get(node.id) ?? 0 });
  }
  const edges: LayerEdge[] = [];
  for (const node of analysis.nodes) {
    node.inputs.forEach((from, slot) => {
      const id = edgeId(from, node.id, slot);
      const start = column.get(from) ?? 0;
      const end = column.get(node.id) ?? 0;
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

  // Links between adjacent columns, with the slot they end in (0 for links into a virtual node).
  const links: { from: string; to: string; weight: number }[] = [];
  for (const edge of edges) {
    const arity = analysis.byId.get(edge.to)?.inputs.length ?? 1;
    for (let i = 0; i + 1 < edge.chain.length; i++) {
      const last = i + 2 === edge.chain.length;
      links.push({
        from: edge.chain[i] ?? '',
        to: edge.chain[i + 1] ?? '',
        // Slot 0 above slot 1: a small nudge that keeps the inputs in reading order.
        weight: last ? (edge.slot - (arity - 1) / 2) * 0.3 : 0,
      });
    }
  }

  const width = Math.max(0, ...[...items.values()].map((i) => i.column)) + 1;
  let order: string[][] = initialOrder(analysis, items, edges, width);
  let best = order.map((c) => [...c]);
  let bestCrossings = countCrossings(order, links, items);
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    order = sweep % 2 === 0 ? sweepDown(order, links) : sweepUp(order, links);
    const count = countCrossings(order, links, items);
    if (count < bestCrossings) {
      best = order.map((c) => [...c]);
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
  const visit = (id: string): void => {
    if (rank.has(id)) return;
    rank.set(id, -1);
    for (const input of analysis.byId.get(id)?.inputs ?? []) visit(input);
    rank.set(id, rank.size);
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

type Link = { readonly from: string; readonly to: string; readonly weight: number };

function positions(order: readonly string[][]): Map<string, number> {
  const at = new Map<string, number>();
  for (const ids of order) ids.forEach((id, i) => at.set(id, i));
  return at;
}

/** Reorders column `c` by the mean position of its neighbours; items without any stay put. */
function reorder(ids: readonly string[], bary: (id: string) => number | undefined): string[] {
  const keyed = ids.map((id, i) => ({ id, key: bary(id) ?? i, i }));
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.id);
}

function sweepDown(order: string[][], links: readonly Link[]): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = 1; c < next.length; c++) {
    const at = positions(next);
    next[c] = reorder(next[c] ?? [], (id) =>
      mean(
        links.filter((l) => l.to === id),
        at,
        'from',
      ),
    );
  }
  return next;
}

function sweepUp(order: string[][], links: readonly Link[]): string[][] {
  const next = order.map((c) => [...c]);
  for (let c = next.length - 2; c >= 0; c--) {
    const at = positions(next);
    next[c] = reorder(next[c] ?? [], (id) =>
      mean(
        links.filter((l) => l.from === id),
        at,
        'to',
      ),
    );
  }
  return next;
}

function mean(
  links: readonly Link[],
  at: ReadonlyMap<string, number>,
  end: 'from' | 'to',
): number | undefined {
  if (links.length === 0) return undefined;
  const sum = links.reduce(
    (s, l) => s + (at.get(l[end]) ?? 0) + (end === 'to' ? l.weight : -l.weight),
    0,
  );
  return sum / links.length;
}

function countCrossings(
  order: readonly string[][],
  links: readonly Link[],
  items: ReadonlyMap<string, LayerItem>,
): number {
  const at = positions(order);
  let total = 0;
  for (let c = 0; c + 1 < order.length; c++) {
    const between = links
      .filter((l) => items.get(l.from)?.column === c)
      .map((l) => [at.get(l.from) ?? 0, (at.get(l.to) ?? 0) + l.weight] as const);
    total += crossings(between);
  }
  return total;
}
