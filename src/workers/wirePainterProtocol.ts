import type { WireFrame } from '../components/network/wirePaint';

/** What the wire painter's worker answers (see wirePainterWorker.ts). */
export interface WirePainterApi {
  /** Takes the canvas to draw on (transferred from the page's placeholder canvas). */
  attach(canvas: OffscreenCanvas): void;
  /** Draws a frame; false if there is no canvas to draw on. */
  paint(frame: WireFrame): boolean;
}
