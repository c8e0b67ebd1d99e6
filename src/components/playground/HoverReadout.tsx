import type { DataPoint, SplitData } from '../../engine';
import { formatNumber } from '../../lib/format';
import { usePlaygroundT } from './usePlaygroundT';

/** Where the pointer is on the plane, and the network's output there (from the last map). */
export interface Hover {
  readonly x1: number;
  readonly x2: number;
  readonly output: number;
}

/** A point this close (in plane units) to the pointer is the one it is over. */
const NEAR = 0.35;

/** The nearest point within {@link NEAR}, and the set it belongs to. */
function nearest(
  hover: Hover,
  points: SplitData,
  showTest: boolean,
): { point: DataPoint; set: 'train' | 'test' } | null {
  let best: { point: DataPoint; set: 'train' | 'test' } | null = null;
  let bestD = NEAR * NEAR;
  const look = (list: readonly DataPoint[], set: 'train' | 'test') => {
    for (const point of list) {
      const d = (point.x1 - hover.x1) ** 2 + (point.x2 - hover.x2) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = { point, set };
      }
    }
  };
  look(points.train, 'train');
  if (showTest) look(points.test, 'test');
  return best;
}

/** Under the decision map: the output where the pointer is, and the example there. */
export function HoverReadout({
  hover,
  points,
  showTest,
}: {
  hover: Hover | null;
  points: SplitData;
  showTest: boolean;
}) {
  const t = usePlaygroundT();
  const near = hover === null ? null : nearest(hover, points, showTest);
  return (
    <p className="hover-readout muted" data-testid="map-hover" aria-live="off">
      {hover === null
        ? '\u00a0'
        : t('playground.hover', {
            x1: formatNumber(hover.x1, 3),
            x2: formatNumber(hover.x2, 3),
            output: formatNumber(hover.output, 3),
          })}
      {near !== null &&
        ' · ' +
          t('playground.hoverPoint', {
            set: t(`playground.set.${near.set}`),
            x1: formatNumber(near.point.x1, 3),
            x2: formatNumber(near.point.x2, 3),
            // Signed, as the classes are named (−1 and +1): "label 1" read as a count.
            label: `${near.point.label > 0 ? '+' : ''}${formatNumber(near.point.label, 3)}`,
          })}
    </p>
  );
}
