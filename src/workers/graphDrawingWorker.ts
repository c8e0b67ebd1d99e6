/**
 * The graph layout's Web Worker: lays out a large graph (ordering, placement, routing
 * and the label plan) so the page stays responsive while it is worked out, and hands the
 * drawing over in parts. The page talks to it through comlink (`startGraphDrawer`).
 */
import { expose } from 'comlink';
import { splitDrawing, type DrawingPart } from '../components/graph/drawingParts';
import { drawGraph } from '../components/graph/graphDrawing';
import type { GraphDrawingApi } from './graphDrawingProtocol';

function createGraphDrawingApi(): GraphDrawingApi {
  // The parts of the last drawing, until the page has read them.
  let parts: readonly DrawingPart[] = [];
  return {
    draw(analysis) {
      const split = splitDrawing(drawGraph(analysis));
      parts = split.parts;
      return split.head;
    },
    part: (index) => parts[index] ?? {},
  };
}

expose(createGraphDrawingApi());
