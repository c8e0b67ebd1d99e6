import type { GraphNodeResult } from '../../engine';
import type { Point, Rect, Segment } from './geometry';

/** The shapes `layoutGraph` (./layout) returns: where each node, wire and lane of the graph diagram goes. */

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
  /** Everything the node draws: shape, stub, labels, the sum of a fan-out. */
  readonly extent: Rect;
}

export interface EdgeGeometry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly slot: number;
  /**
   * The wire's own segments. A wire that leaves its source's lane starts where it leaves
   * it (the lane itself is drawn once, in `lanes`); any other starts at its source.
   */
  readonly segments: readonly Segment[];
  readonly path: string;
  /** Where the wire meets the gate. */
  readonly port: Point;
  /** -1 for the upper input of a two-input gate, 1 for the lower, 0 for a single input. */
  readonly side: -1 | 0 | 1;
  /** The source's id when the wire leaves its lane. */
  readonly lane?: string;
  readonly bounds: Rect;
}

/** A long track: the wire all of a node's far consumers share, and where the node can be pinned. */
export interface LaneGeometry {
  readonly source: string;
  /**
   * The wire: segment 0 is the source's stub; item k of the lane is entered by segment
   * 2k + 1 (a curve) and crossed by segment 2k + 2 (a line).
   */
  readonly segments: readonly Segment[];
  /** Where the node is drawn when it is pinned to item k of its lane (see ./viewport). */
  readonly pins: readonly NodeBox[];
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyMap<string, NodeBox>;
  readonly edges: readonly EdgeGeometry[];
  readonly lanes: ReadonlyMap<string, LaneGeometry>;
  /** The output terminal (`f`) and the wire that leads to it from the output's stub. */
  readonly terminal: Point;
  readonly terminalPath: string;
  readonly terminalSegments: readonly Segment[];
}
