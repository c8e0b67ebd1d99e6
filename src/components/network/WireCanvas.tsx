import { memo, useEffect, useRef } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { drawWires } from './coarseDrawing';
import type { NetworkLayout } from './layout';

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
 * The wires of a network drawn coarse (see isCoarse), on a canvas behind the SVG: drawn
 * once per layout, weights, zoom and theme, and never again while the steps change what
 * the SVG on top of it highlights (a path of 86,000 wires inside the SVG was repainted
 * with every step). The pointer passes through it to the nodes. It is marked
 * `data-underlay`: an exported image has its picture under the diagram.
 */
export const WireCanvas = memo(function WireCanvas({ layers, weights, layout, scale }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useAppState((s) => s.theme);
  const width = Math.round(layout.width * scale);
  const height = Math.round(layout.height * scale);
  const dpr = Math.min(
    typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    Math.sqrt(MAX_PIXELS / Math.max(1, width * height)),
  );
  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (element === null || ctx === null || ctx === undefined) return;
    const style = getComputedStyle(element);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, element.width, element.height);
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, 0, 0);
    ctx.lineWidth = 0.6;
    ctx.globalAlpha = 0.3;
    drawWires(ctx, layers, weights, layout, {
      positive: style.getPropertyValue('--pos').trim() || '#2166ac',
      negative: style.getPropertyValue('--neg').trim() || '#b35806',
    });
  }, [layers, weights, layout, scale, dpr, theme]);
  return (
    <canvas
      ref={canvas}
      className="wire-canvas"
      data-underlay="true"
      aria-hidden="true"
      width={Math.max(1, Math.round(width * dpr))}
      height={Math.max(1, Math.round(height * dpr))}
      style={{ width, height }}
    />
  );
});
