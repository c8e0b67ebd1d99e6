import { memo } from 'react';
import { keys } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useInvolvement, useValue } from '../common/hooks';
import { along, type NetworkLayout } from './layout';
import { Wire, WireLabel } from './Wire';

interface Props {
  /** The layer the forward weight leaves (DOM numbering). */
  readonly layer: number;
  readonly k: number;
  readonly j: number;
  readonly layout: NetworkLayout;
  readonly showLabels: boolean;
}

/**
 * The same weight in the reverse network: it carries δ of neuron j (layer+1) back to the
 * op-amp of neuron k (layer), right to left. It is a twin of the forward edge, so it has
 * no test id of its own; the step's `reads` still name the forward edge's id.
 */
export const ReverseEdge = memo(function ReverseEdge({ layer, k, j, layout, showLabels }: Props) {
  const w = useValue(keys.w(layer, k, j)) ?? NaN;
  const involvement = useInvolvement(`edge-${layer}-${k}-${j}`);
  const from = layout.amps[layer + 1]?.[j] ?? { x: 0, y: 0 };
  const to = layout.amps[layer]?.[k] ?? { x: 0, y: 0 };
  const s = layout.ampSize;
  const start = { x: from.x - s, y: from.y };
  const end = { x: to.x + s, y: to.y };
  const label = along(start, end, 0.22);
  return (
    <g
      className={cx('edge reverse', w >= 0 ? 'positive' : 'negative', involvement)}
      aria-hidden="true"
    >
      {involvement !== null && (
        <line className="halo" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      )}
      <Wire from={start} to={end} w={w} />
      {(showLabels || involvement !== null) && (
        <WireLabel at={label} className="weight-label" dy="-0.4em" fontSize={layout.smallFontSize}>
          {formatNumber(w)}
        </WireLabel>
      )}
    </g>
  );
});
