import { ids } from '../../engine';
import type { PlacementScene } from './labelPlacement';
import type { Point } from './layout';
import { costInOwner, reverseOwner, type LabelSource } from './labelKeys';
import type { Rect, Segment } from './spatialIndex';
import { costInWire, costOutWire, forwardWire, reverseWire } from './wires';

/**
 * The scene the labels of the diagram must stay clear of: nodes, titles and wires (the
 * labels themselves are in diagramLabels).
 */

const boxOf = (p: Point, hw: number, hh: number): Rect => ({
  x0: p.x - hw,
  y0: p.y - hh,
  x1: p.x + hw,
  y1: p.y + hh,
});

function polyline(points: readonly Point[], owner: string): Segment[] {
  return points.slice(1).map((b, i) => ({ a: points[i] ?? b, b, owner }));
}

/** The nodes, titles and wires of the diagram, for the placement to keep labels off. */
export function placementScene(src: LabelSource): PlacementScene {
  const { layers, layout, titles } = src;
  const { radius: r, ampSize: s } = layout;
  const last = layers.length - 1;
  const obstacles: Rect[] = [titles.forward.box, titles.reverse.box, titles.legend.box];
  const wires: Segment[] = [];
  layout.neurons.forEach((column) => column.forEach((p) => obstacles.push(boxOf(p, r + 1, r + 1))));
  layout.amps.forEach((column) => column.forEach((p) => obstacles.push(boxOf(p, s + 1, s + 1))));
  obstacles.push(boxOf(layout.cost, layout.costHalf.width + 2, layout.costHalf.height + 2));
  for (let l = 0; l < last; l++) {
    for (let j = 0; j < (layers[l + 1] ?? 0); j++) {
      for (let k = 0; k < (layers[l] ?? 0); k++) {
        const edge = ids.edge(l, k, j);
        const f = forwardWire(layout, l, k, j);
        wires.push({ a: f.start, b: f.end, owner: edge });
        if (l === 0) continue;
        const rw = reverseWire(layout, l, k, j);
        wires.push({ a: rw.start, b: rw.end, owner: reverseOwner(edge) });
      }
    }
  }
  for (let j = 0; j < (layers[last] ?? 0); j++) {
    wires.push(...polyline(costInWire(layout, j).points, costInOwner(j)));
    wires.push(...polyline(costOutWire(layout, j).points, ids.amp(last, j)));
  }
  return {
    obstacles,
    wires,
    bounds: { x0: 0, y0: 0, x1: layout.width, y1: layout.height },
    gap: 2,
  };
}
