import { transfer, wrap } from 'comlink';
import type { WirePainterApi } from '../../workers/wirePainterProtocol';
import { latestFrame } from './latestFrame';
import { paintWires, type WireFrame } from './wirePaint';

/** A canvas in the page that a coarse network's wires are painted on. */
export interface WirePainter {
  /** The canvas (the worker's placeholder, or drawn on this thread). */
  readonly canvas: HTMLCanvasElement;
  /** Marks the canvas as about to change (`data-drawn="false"`) until the next paint. */
  willPaint(): void;
  /** Paints `frame`; settles once it is on the canvas (or a later frame replaced it). */
  paint(frame: WireFrame): Promise<void>;
  /** Stops the worker and takes the canvas out of the page. */
  dispose(): void;
}

/**
 * True where the painting can go to a worker: an OffscreenCanvas can be handed over, a
 * module worker can start (not from file://, the single-file build's opaque origin).
 */
export function canPaintOffThread(canvas: HTMLCanvasElement, protocol: string): boolean {
  return (
    typeof canvas.transferControlToOffscreen === 'function' &&
    typeof Worker === 'function' &&
    protocol !== 'file:'
  );
}

/** The canvas, marked as the diagram's underlay (`data-underlay`; see standaloneSvg). */
function wireCanvasElement(doc: Document): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.className = 'wire-canvas';
  canvas.setAttribute('data-underlay', 'true');
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}

type Paint = (frame: WireFrame) => Promise<unknown>;

/** Paints on the page's own thread (a browser without OffscreenCanvas, or file://). */
function paintHere(canvas: HTMLCanvasElement): Paint {
  const pen = canvas.getContext('2d');
  return (frame) => {
    if (pen !== null) paintWires(canvas, pen, frame);
    return Promise.resolve();
  };
}

/**
 * Starts painting into a new canvas inside `host` (which React renders empty, so this
 * canvas is never touched by it): the canvas's control goes to the wire painter's worker
 * where it can, and rasterising 86,000 wires (100 ms to a second without a GPU) happens
 * there. If the worker fails to start, a fresh canvas is painted here instead, with the
 * last frame asked for. While a frame is on its way the canvas has `data-drawn="false"`.
 */
export function startWirePainter(host: HTMLElement): WirePainter {
  let canvas = wireCanvasElement(host.ownerDocument);
  host.append(canvas);
  let worker: Worker | null = null;
  let paint: Paint;
  const frames = latestFrame(
    () => paint,
    (busy) => canvas.setAttribute('data-drawn', busy ? 'false' : 'true'),
  );
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    const fresh = wireCanvasElement(host.ownerDocument);
    canvas.replaceWith(fresh);
    canvas = fresh;
    paint = paintHere(fresh);
    frames.again();
  };
  if (canPaintOffThread(canvas, location.protocol)) {
    try {
      worker = new Worker(new URL('../../workers/wirePainterWorker.ts', import.meta.url), {
        type: 'module',
      });
      worker.addEventListener('error', fallBack);
      const api = wrap<WirePainterApi>(worker);
      const offscreen = canvas.transferControlToOffscreen();
      void api.attach(transfer(offscreen, [offscreen]));
      paint = (frame) => api.paint(frame);
    } catch {
      worker?.terminate();
      worker = null;
      canvas.remove();
      canvas = wireCanvasElement(host.ownerDocument);
      host.append(canvas);
      paint = paintHere(canvas);
    }
  } else paint = paintHere(canvas);
  const painter: WirePainter = {
    get canvas() {
      return canvas;
    },
    willPaint() {
      canvas.setAttribute('data-drawn', 'false');
    },
    paint: (frame) => frames.show(frame),
    dispose() {
      worker?.terminate();
      worker = null;
      canvas.remove();
    },
  };
  return painter;
}
