import { memo, useEffect, useRef, useState } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { wireSegments } from './coarseDrawing';
import type { NetworkLayout } from './layout';
import type { WirePainter } from './wirePainter';

interface Props {
  readonly layers: readonly number[];
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly layout: NetworkLayout;
  /** The diagram's scale (1 is the fitted layout). */
  readonly scale: number;
}

/** Enough pixels for a sharp drawing, few enough that a big zoom does not exhaust memory. */
const MAX_PIXELS = 16_000_000;

/**
 * The wires of a network drawn coarse (see isCoarse), on a canvas behind the SVG: painted
 * once per layout, weights, zoom and theme, and never again while the steps change what
 * the SVG on top of it highlights (a path of 86,000 wires inside the SVG was repainted
 * with every step). The painting happens in a worker where the browser allows it
 * (startWirePainter): on the page's thread it blocked for 100 ms at the laptop's size and
 * for most of a second zoomed in. The pointer passes through it to the nodes. Its canvas
 * is marked `data-underlay`: an exported image has its picture under the diagram.
 */
export const WireCanvas = memo(function WireCanvas({ layers, weights, layout, scale }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const theme = useAppState((s) => s.theme);
  const width = Math.round(layout.width * scale);
  const height = Math.round(layout.height * scale);
  const dpr = Math.min(
    typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    Math.sqrt(MAX_PIXELS / Math.max(1, width * height)),
  );
  // The canvas lives as long as the component (a canvas handed to a worker is its for good).
  // The painter (and comlink) load with the first coarse network, not with the app.
  const [painter, setPainter] = useState<WirePainter | null>(null);
  useEffect(() => {
    const host = box.current;
    if (host === null) return;
    let started: WirePainter | null = null;
    let gone = false;
    void import('./wirePainter').then(({ startWirePainter }) => {
      if (gone) return;
      started = startWirePainter(host);
      setPainter(started);
    });
    return () => {
      gone = true;
      started?.dispose();
      setPainter(null);
    };
  }, []);
  // Painted in a task of its own after the next frame: the edit or zoom that asked for it
  // has just had its own task, and the frame computes the page's styles, which reading the
  // colours would otherwise force in this task (25–35 ms of 12 × 64's after Apply update).
  useEffect(() => {
    const host = box.current;
    if (host === null || painter === null) return;
    painter.willPaint();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(paint, 0);
    });
    const paint = () => {
      const style = getComputedStyle(host);
      void painter.paint({
        width: Math.max(1, Math.round(width * dpr)),
        height: Math.max(1, Math.round(height * dpr)),
        unit: dpr * scale,
        colours: {
          positive: style.getPropertyValue('--pos').trim() || '#2166ac',
          negative: style.getPropertyValue('--neg').trim() || '#b35806',
        },
        paths: wireSegments(layers, weights, layout),
      });
    };
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painter, layers, weights, layout, scale, width, height, dpr, theme]);
  return <div ref={box} className="wire-canvas-box" aria-hidden="true" style={{ width, height }} />;
});
