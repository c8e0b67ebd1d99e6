import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { DzdwTag } from './DzdwTag';
import { useInspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';
import { weightGradientText, weightText } from './labelTexts';
import { PlacedText } from './PlacedText';
import { useMoment } from './useMoment';
import { useValues, useWeight } from './useValues';
import { Wire } from './Wire';
import { forwardWire, wireBand } from './wires';

interface Props {
  readonly layers: readonly number[];
  /** The layer the weight leaves (DOM numbering). */
  readonly layer: number;
  readonly k: number;
  readonly j: number;
  /** The weight: it changes only by an edit, so it comes from the scenario. */
  readonly layout: NetworkLayout;
  /** Its wire is drawn in a bundle (WireBundles): its own only while in use or focused. */
  readonly bundled: boolean;
}

/**
 * A weight of the forward network: colour by sign, width by size, its value on the wire,
 * its gradient ∂C/∂w once computed, w → w′ in the update phase. While a step uses
 * ∂z/∂w (computing z, or ∂C/∂w = ∂z/∂w · δ), the edge is tagged with it: the value at its
 * input. Every label goes where the label placement found room.
 */
export const EdgeLine = memo(function EdgeLine({ layers, layer, k, j, layout, bundled }: Props) {
  const t = useT();
  const w = useWeight(layer, k, j);
  const id = ids.edge(layer, k, j);
  const elementRef = useElementRef(id);
  const { first: grad, second: next } = useValues(keys.dW(layer, k, j), keys.wNext(layer, k, j));
  const moment = useMoment(id, ['w', 'grad', 'dzdw']);
  const { involvement, focused, gradients, first: wSlot, second: gSlot, third: tag } = moment;
  const handlers = useInspectable(id, true);
  const wire = forwardWire(layout, layer, k, j);
  const { start, end } = wire;
  const fromName = layer === 0 ? `x${k + 1}` : String(neuronNumber(layers, layer, k));
  const toName = neuronNumber(layers, layer + 1, j);
  const label = t('diagram.edgeAria', {
    to: toName,
    from: fromName,
    w: formatNumber(w),
    grad: grad === undefined ? t('diagram.notYet') : formatNumber(grad),
  });
  // Gradients are drawn while the gradients phase runs; afterwards the update labels take
  // over and a gradient shows only where the step or the pointer is.
  const showGrad = grad !== undefined && (gradients || focused || involvement !== null);

  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-w={String(w)}
      data-grad={grad === undefined ? undefined : String(grad)}
      data-w-next={next === undefined ? undefined : String(next)}
      data-current={involvement === 'write' ? 'true' : undefined}
      className={cx('edge', w >= 0 ? 'positive' : 'negative', involvement, focused && 'focused')}
      role="button"
      aria-label={label}
      {...handlers}
    >
      <title>{label}</title>
      <polygon className="hit" points={wireBand(wire, 12)} />
      {involvement !== null && (
        <line className="halo" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      )}
      {(!bundled || involvement !== null || focused) && <Wire from={start} to={end} w={w} />}
      <PlacedText slot={wSlot} className="weight-label" fontSize={layout.labelFontSize}>
        {weightText(w, next)}
      </PlacedText>
      {showGrad && (
        <PlacedText slot={gSlot} className="grad-label" fontSize={layout.smallFontSize}>
          {weightGradientText(grad)}
        </PlacedText>
      )}
      {tag !== null && <DzdwTag slot={tag} layer={layer} k={k} fontSize={layout.smallFontSize} />}
    </g>
  );
});
