import type { GraphDrawing } from './graphDrawing';
import type { EdgeGeometry, GraphLayout, LaneGeometry, NodeBox } from './layoutTypes';

/**
 * A drawing cut into parts for the trip from the layout worker to the page. The page
 * reads a message in one task, and the drawing of the longest expression a link may hold
 * is 1.4 MB of nested objects: read at once it held the page for 40–60 ms. Cut into
 * parts of a few hundred wires, each is read in its own task, and put back together
 * ({@link joinDrawing}) costs a few map insertions. Pure.
 */

/** The drawing without its nodes, wires, lanes and hidden labels, and how many parts follow. */
export interface DrawingHead {
  readonly frame: Omit<GraphLayout, 'nodes' | 'edges' | 'lanes'>;
  readonly parts: number;
}

export interface DrawingPart {
  readonly nodes?: readonly (readonly [string, NodeBox])[];
  readonly edges?: readonly EdgeGeometry[];
  readonly lanes?: readonly (readonly [string, LaneGeometry])[];
  readonly hidden?: readonly string[];
}

/** Roughly how many points of geometry go in one part (a wire has about six). */
const PART_POINTS = 3000;

/** Cuts `items` into runs whose weights add up to about `budget` each (at least one item). */
function runs<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = weight(item);
    if (run.length > 0 && load + w > budget) {
      out.push(run);
      run = [];
      load = 0;
    }
    run.push(item);
    load += w;
  }
  if (run.length > 0) out.push(run);
  return out;
}

const pointsOf = (segments: readonly { readonly kind: string }[]) =>
  segments.reduce((n, s) => n + (s.kind === 'curve' ? 4 : 2), 0);

export function splitDrawing(drawing: GraphDrawing): { head: DrawingHead; parts: DrawingPart[] } {
  const { nodes, edges, lanes, ...frame } = drawing.layout;
  const parts: DrawingPart[] = [
    ...runs([...nodes], () => 4, PART_POINTS).map((run) => ({ nodes: run })),
    ...runs(edges, (e) => pointsOf(e.segments) + 4, PART_POINTS).map((run) => ({ edges: run })),
    ...runs([...lanes], ([, l]) => pointsOf(l.segments) + 4 * l.pins.length, PART_POINTS).map(
      (run) => ({ lanes: run }),
    ),
    ...runs([...drawing.hidden], () => 1, 4 * PART_POINTS).map((run) => ({ hidden: run })),
  ];
  return { head: { frame, parts: parts.length }, parts };
}

export function joinDrawing(head: DrawingHead, parts: readonly DrawingPart[]): GraphDrawing {
  const nodes = new Map<string, NodeBox>();
  const edges: EdgeGeometry[] = [];
  const lanes = new Map<string, LaneGeometry>();
  const hidden = new Set<string>();
  for (const part of parts) {
    for (const [id, box] of part.nodes ?? []) nodes.set(id, box);
    for (const edge of part.edges ?? []) edges.push(edge);
    for (const [id, lane] of part.lanes ?? []) lanes.set(id, lane);
    for (const key of part.hidden ?? []) hidden.add(key);
  }
  return { layout: { ...head.frame, nodes, edges, lanes }, hidden };
}
