import { memo } from 'react';
import { ids } from '../../engine';
import { cx } from '../common/classNames';
import type { NetworkLayout } from './layout';
import { weightText } from './labelTexts';
import { PlacedText } from './PlacedText';
import { useMoment } from './useMoment';
import { useWeight } from './useValues';
import { Wire } from './Wire';
import { reverseWire } from './wires';

interface Props {
  /** The layer the forward weight leaves (DOM numbering). */
  readonly layer: number;
  readonly k: number;
  readonly j: number;
  readonly layout: NetworkLayout;
  /** Its wire is drawn in a bundle (WireBundles): its own only while in use. */
  readonly bundled: boolean;
}

/**
 * The same weight in the reverse network: it carries δ of neuron j (layer+1) back to the
 * op-amp of neuron k (layer), right to left. It is a twin of the forward edge, so it has
 * no test id of its own; the step's `reads` still name the forward edge's id.
 */
export const ReverseEdge = memo(function ReverseEdge({ layer, k, j, layout, bundled }: Props) {
  const w = useWeight(layer, k, j);
  const { involvement, first } = useMoment(ids.edge(layer, k, j), ['rw']);
  const { start, end } = reverseWire(layout, layer, k, j);
  return (
    <g
      className={cx('edge reverse', w >= 0 ? 'positive' : 'negative', involvement)}
      aria-hidden="true"
    >
      {involvement !== null && (
        <line className="halo" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      )}
      {(!bundled || involvement !== null) && <Wire from={start} to={end} w={w} />}
      <PlacedText slot={first} className="weight-label" fontSize={layout.smallFontSize}>
        {weightText(w)}
      </PlacedText>
    </g>
  );
});
