import type { DataPoint } from '../../engine';
import type { MapMode } from '../../store/playground/fields';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { paintNeuron } from './deltaPainter';
import type { DiagramGeometry, Edge } from './diagramGeometry';
import { EdgePainter } from './edgePainter';
import { MapPainter } from './mapPainter';

/** Where a frame of the neuron diagram is drawn. */
export interface DiagramTargets {
  /** Thumbnail m of `mappedNeurons` (null: not mounted). */
  readonly thumbs: readonly (CanvasRenderingContext2D | null | undefined)[];
  readonly edges: CanvasRenderingContext2D | null | undefined;
  /** The edges canvas's pixels per CSS pixel. */
  readonly scale: number;
}

/**
 * What the neuron diagram draws at each frame: every hidden and output neuron's thumbnail
 * (its activation map, or its δ over the training examples) and every edge for θᵗ. One
 * object per diagram layout; it owns the painters (and their images), so a frame allocates
 * nothing. The page's diagram and the browser benchmark draw through it alike.
 */
export class DiagramPainter {
  private readonly maps: MapPainter[] = [];
  private readonly edgePainter: EdgePainter;

  constructor(
    geometry: DiagramGeometry,
    edges: readonly Edge[],
    private readonly table: Uint8ClampedArray,
  ) {
    this.edgePainter = new EdgePainter(geometry, edges);
  }

  /** Draws the frame; `highlight` is the edge (index) to outline, or −1. */
  paint(
    frame: PlaygroundFrame,
    targets: DiagramTargets,
    mode: MapMode,
    train: readonly DataPoint[],
    highlight = -1,
  ): void {
    for (let m = 0; m < targets.thumbs.length; m++) {
      const ctx = targets.thumbs[m];
      if (ctx === null || ctx === undefined) continue;
      const painter = (this.maps[m] ??= new MapPainter(this.table));
      if (!paintNeuron(ctx, painter, frame, m, mode, train)) break;
    }
    if (targets.edges !== null && targets.edges !== undefined)
      this.edgePainter.paint(targets.edges, frame.theta, targets.scale, highlight);
  }
}
