import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { useInspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';
import { biasGradientText, biasText } from './labelTexts';
import { PlacedText } from './PlacedText';
import { useMoment } from './useMoment';
import { useValues } from './useValues';

interface Props {
  readonly layers: readonly number[];
  readonly layer: number;
  readonly j: number;
  readonly layout: NetworkLayout;
}

/**
 * The bias of a neuron, written under it, with its gradient and its update once known.
 * Where its label does not fit, a dot under the neuron stands for it (hover, focus or the
 * inspector give its numbers).
 */
export const BiasNode = memo(function BiasNode({ layers, layer, j, layout }: Props) {
  const t = useT();
  const id = ids.bias(layer, j);
  const elementRef = useElementRef(id);
  const values = useValues(keys.b(layer, j), keys.db(layer, j), keys.bNext(layer, j));
  const b = values.first ?? NaN;
  const { second: grad, third: next } = values;
  const { involvement, focused, gradients, first, second } = useMoment(id, ['b', 'bgrad']);
  const handlers = useInspectable(id, true);
  const at = layout.neurons[layer]?.[j] ?? { x: 0, y: 0 };
  const n = neuronNumber(layers, layer, j);
  const label = t('diagram.biasAria', {
    neuron: n,
    b: formatNumber(b),
    grad: grad === undefined ? t('diagram.notYet') : formatNumber(grad),
  });
  // The gradient stays while the gradients phase runs, then only where the step or the
  // pointer is (the update labels take over).
  const showGrad = grad !== undefined && (gradients || focused || involvement !== null);
  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-b={String(b)}
      data-grad={grad === undefined ? undefined : String(grad)}
      data-b-next={next === undefined ? undefined : String(next)}
      data-current={involvement === 'write' ? 'true' : undefined}
      className={cx('bias', involvement, focused && 'focused')}
      role="button"
      aria-label={label}
      {...handlers}
    >
      <title>{label}</title>
      {first === null ? (
        <circle cx={at.x} cy={at.y + layout.radius + 5} r={3} className="bias-dot" />
      ) : (
        <PlacedText slot={first} className="bias-label" fontSize={layout.smallFontSize}>
          {biasText(n, b, next)}
        </PlacedText>
      )}
      {showGrad && (
        <PlacedText slot={second} className="grad-label" fontSize={layout.smallFontSize}>
          {biasGradientText(grad)}
        </PlacedText>
      )}
    </g>
  );
});
