/**
 * The wire painter's Web Worker: strokes a coarse network's 86,000 wires onto the canvas
 * the page handed over (an OffscreenCanvas), so that rasterising them, 100 ms to a second
 * on a laptop without a GPU, never blocks the page. The page talks to it through comlink
 * (`startWirePainter`).
 */
import { expose } from 'comlink';
import { paintWires, type WireFrame } from '../components/network/wirePaint';
import type { WirePainterApi } from './wirePainterProtocol';

function createWirePainter(): WirePainterApi {
  let canvas: OffscreenCanvas | null = null;
  return {
    attach(given) {
      canvas = given;
    },
    paint(frame: WireFrame) {
      const pen = canvas?.getContext('2d');
      if (canvas === null || pen === null || pen === undefined) return false;
      paintWires(canvas, pen, frame);
      return true;
    },
  };
}

expose(createWirePainter());
