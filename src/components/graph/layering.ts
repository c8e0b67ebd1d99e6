import type { GraphAnalysis } from '../../engine';
import { assignColumns, maxOf } from './columns';
import { orderColumns, type OrderLink } from './ordering';

export { assignColumns, maxOf } from './columns';

/**
 * The combinatorial half of the graph layout: which column every node goes in (see
 * ./columns), the top-to-bottom order within each column (./ordering), and the tracks that
 * carry a value past the columns between a node and the gates that read it. Pure.
 *
 * A node whose wires skip columns gets one track: a chain of virtual items, one per column
 * it passes, shared by all of its wires (a bus, as in a circuit schematic), so wires are
 * routed around gates instead of through them and a value read by a thousand gates needs
 * a thousand items, not half a million. A track that passes two columns or more is a
 * lane: it keeps as much room as its node, so the node can be drawn on it when its own
 * place is scrolled out of view.
 */

export interface LayerItem {
  /** A node id, or `SOURCE#k` for the track of node SOURCE in its k-th column after it. */
  readonly id: string;
  readonly virtual: boolean;
  readonly column: number;
  /** For a virtual item, the node whose track it belongs to. */
  readonly source?: string;
}

/** An edge of the graph: node `from` feeds input `slot` of gate `to`. */
export interface LayerEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly slot: number;
  /**
   * How many items of its source's track the edge runs along before it turns into its
   * gate (0 for a wire to the next column, or a long wire drawn directly).
   */
  readonly passes: number;
}

/** The virtual items a node's wires share, one per column passed. */
export interface Track {
  readonly source: string;
  readonly items: readonly string[];
  /** True when the track is long enough for its node to be drawn on it (a lane). */
  readonly lane: boolean;
}

export interface Layering {
  readonly columns: readonly (readonly LayerItem[])[];
  readonly items: ReadonlyMap<string, LayerItem>;
  readonly edges: readonly LayerEdge[];
  readonly tracks: ReadonlyMap<string, Track>;
}

export const edgeId = (from: string, to: string, slot: number): string => `${from}>${to}:${slot}`;

/**
 * Most virtual items a layout makes. Tracks grow linearly with the expression, so this is
 * only a guard: past it, long wires are drawn directly.
 */
export const MAX_VIRTUAL_NODES = 6000;

/** Columns a track must pass to be a lane. */
export const LANE_COLUMNS = 2;

export function layerGraph(analysis: GraphAnalysis): Layering {
  const column = assignColumns(analysis);
  const colOf = (id: string) => column.get(id) ?? 0;
  const items = new Map<string, LayerItem>();
  for (const node of analysis.nodes) {
    items.set(node.id, { id: node.id, virtual: false, column: colOf(node.id) });
  }

  // One track per node whose wires skip columns, as long as its farthest wire.
  const reach = new Map<string, number>();
  for (const node of analysis.nodes)
    for (const from of node.inputs) reach.set(from, Math.max(reach.get(from) ?? 0, colOf(node.id)));
  let needed = 0;
  for (const [from, far] of reach) needed += Math.max(0, far - colOf(from) - 1);
  const routed = needed <= MAX_VIRTUAL_NODES;
  const tracks = new Map<string, Track>();
  if (routed) {
    for (const [source, far] of reach) {
      const start = colOf(source);
      if (far - start < 2) continue;
      const ids: string[] = [];
      for (let c = start + 1; c < far; c++) {
        const id = `${source}#${c - start}`;
        items.set(id, { id, virtual: true, column: c, source });
        ids.push(id);
      }
      tracks.set(source, { source, items: ids, lane: ids.length >= LANE_COLUMNS });
    }
  }

  const edges: LayerEdge[] = [];
  const links: OrderLink[] = [];
  for (const track of tracks.values()) {
    let previous = track.source;
    for (const id of track.items) {
      links.push({ from: previous, to: id, weight: 0 });
      previous = id;
    }
  }
  for (const node of analysis.nodes) {
    const arity = node.inputs.length;
    node.inputs.forEach((from, slot) => {
      const track = tracks.get(from);
      const passes = track === undefined ? 0 : colOf(node.id) - colOf(from) - 1;
      edges.push({ id: edgeId(from, node.id, slot), from, to: node.id, slot, passes });
      links.push({
        from: (passes > 0 ? track?.items[passes - 1] : undefined) ?? from,
        to: node.id,
        weight: (slot - (arity - 1) / 2) * 0.3,
      });
    });
  }

  const width = maxOf(column.values(), 0) + 1;
  const columns = orderColumns(analysis, items, tracks, links, width);
  return { columns, items, edges, tracks };
}
