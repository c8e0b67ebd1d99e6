import type { Zoom } from '../common/ZoomControls';
import type { DiagramFrame } from './useDiagramFrame';
import { SMALL_FONT } from './textMetrics';

/**
 * How large the graph diagram is drawn. "Fit" fits the whole circuit in its box, but never
 * shrinks the smallest label below the layout's readable minimum (`frame.minLabel`) nor
 * grows a small circuit past `frame.maxScale`; a circuit that cannot fit then scrolls, and
 * the diagram follows the step. A chosen zoom keeps the same minimum. Pure.
 */

/** The largest zoom in. */
export const MAX_ZOOM = 3;

export interface DiagramScale {
  /** The scale drawn: CSS pixels per layout unit. */
  readonly scale: number;
  /** The scale "Fit" gives. */
  readonly fit: number;
  /** The smallest scale allowed: the smallest label at `frame.minLabel` pixels. */
  readonly min: number;
  readonly max: number;
}

export function diagramScale(
  size: { readonly width: number; readonly height: number },
  frame: DiagramFrame,
  zoom: Zoom,
): DiagramScale {
  const min = frame.minLabel / SMALL_FONT;
  const grow = Math.max(min, frame.maxScale);
  const whole = Math.min((frame.width - 2) / size.width, (frame.height - 2) / size.height);
  const fit = Math.min(grow, Math.max(min, whole));
  const max = Math.max(MAX_ZOOM, fit);
  const scale = zoom === 'fit' ? fit : Math.min(max, Math.max(min, zoom));
  return { scale, fit, min, max };
}
