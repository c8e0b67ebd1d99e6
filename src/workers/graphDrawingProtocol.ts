import type { DrawingHead, DrawingPart } from '../components/graph/drawingParts';
import type { GraphAnalysis } from '../engine';

/**
 * What the graph layout worker answers (see graphDrawingWorker.ts): `draw` lays the
 * graph out and answers its head; `part(i)` then answers each part of that drawing, one
 * message each, so the page reads them in tasks of its own.
 */
export interface GraphDrawingApi {
  draw(analysis: GraphAnalysis): DrawingHead;
  part(index: number): DrawingPart;
}
