/**
 * Strokes a coarse network's wires onto a 2D canvas: the page's own canvas, or an
 * OffscreenCanvas in the wire painter's worker (this file imports nothing, so the worker
 * stays small). One path per network and sign, so that wires of one colour that cross do
 * not darken each other.
 */

/** One network's wires of one sign, as segments x0, y0, x1, y1 in layout units. */
export interface WirePath {
  readonly sign: 'positive' | 'negative';
  readonly segments: Float32Array;
}

/** The colours of the two signs, read from the page's theme. */
export interface WireColours {
  readonly positive: string;
  readonly negative: string;
}

/** Everything a picture of the wires needs, in a form that can be posted to a worker. */
export interface WireFrame {
  /** The canvas's size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per layout unit (the diagram's scale times the pixel ratio). */
  readonly unit: number;
  readonly colours: WireColours;
  readonly paths: readonly WirePath[];
}

/** The part of a 2D context (the page's or an OffscreenCanvas's) the painter uses. */
export type WirePen = CanvasPath &
  CanvasDrawPath &
  CanvasFillStrokeStyles &
  CanvasPathDrawingStyles &
  CanvasTransform &
  CanvasRect &
  CanvasCompositing;

/** A canvas whose size can be set: an HTMLCanvasElement or an OffscreenCanvas. */
export interface SizedCanvas {
  width: number;
  height: number;
}

/** The wires' line width in layout units and their opacity. */
const LINE_WIDTH = 0.6;
const ALPHA = 0.3;

/** Sizes `canvas` to the frame (which clears it) and strokes every path. */
export function paintWires(canvas: SizedCanvas, pen: WirePen, frame: WireFrame): void {
  if (canvas.width !== frame.width) canvas.width = frame.width;
  if (canvas.height !== frame.height) canvas.height = frame.height;
  pen.setTransform(1, 0, 0, 1, 0, 0);
  pen.clearRect(0, 0, frame.width, frame.height);
  pen.setTransform(frame.unit, 0, 0, frame.unit, 0, 0);
  pen.lineWidth = LINE_WIDTH;
  pen.globalAlpha = ALPHA;
  for (const path of frame.paths) {
    const s = path.segments;
    pen.beginPath();
    for (let i = 0; i + 3 < s.length; i += 4) {
      pen.moveTo(s[i] ?? 0, s[i + 1] ?? 0);
      pen.lineTo(s[i + 2] ?? 0, s[i + 3] ?? 0);
    }
    pen.strokeStyle = path.sign === 'negative' ? frame.colours.negative : frame.colours.positive;
    pen.stroke();
  }
}
