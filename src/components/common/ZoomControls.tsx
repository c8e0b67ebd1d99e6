import { useT } from './hooks';

/** How big to draw a diagram: fit its panel (then scroll), or a fixed scale. */
export type Zoom = 'fit' | number;

/** The scales the zoom buttons step through. */
export const ZOOM_STEPS = [0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5, 2] as const;

interface Props {
  readonly zoom: Zoom;
  readonly onZoom: (zoom: Zoom) => void;
  /** The scale "fit" draws at (1 unless the diagram says), and the smallest and largest allowed. */
  readonly fitScale?: number;
  readonly min?: number;
  readonly max?: number;
}

/**
 * Zoom out to see a whole network on a phone, zoom in to read a dense one; "fit" goes back
 * to filling the panel. Panning is the panel's own scrolling (touch or wheel).
 */
export function ZoomControls({
  zoom,
  onZoom,
  fitScale = 1,
  min = Math.min(...ZOOM_STEPS),
  max = Math.max(...ZOOM_STEPS),
}: Props) {
  const t = useT();
  const current = zoom === 'fit' ? fitScale : zoom;
  // The next step out or in, or the limit itself when it lies between two steps.
  const smaller =
    [...ZOOM_STEPS].reverse().find((z) => z < current - 1e-9 && z >= min - 1e-9) ??
    (current > min + 1e-9 ? min : undefined);
  const larger =
    ZOOM_STEPS.find((z) => z > current + 1e-9 && z <= max + 1e-9) ??
    (current < max - 1e-9 ? max : undefined);
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.label')}>
      <button
        type="button"
        onClick={() => smaller !== undefined && onZoom(smaller)}
        disabled={smaller === undefined}
        aria-label={t('zoom.out')}
        title={t('zoom.out')}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => onZoom('fit')}
        aria-pressed={zoom === 'fit'}
        title={t('zoom.fit')}
      >
        {zoom === 'fit' ? t('zoom.fitShort') : `${Math.round(current * 100)}%`}
      </button>
      <button
        type="button"
        onClick={() => larger !== undefined && onZoom(larger)}
        disabled={larger === undefined}
        aria-label={t('zoom.in')}
        title={t('zoom.in')}
      >
        +
      </button>
    </div>
  );
}
