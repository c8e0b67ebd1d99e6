import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { useInspectable } from './elementHandlers';
import type { NetworkLayout, Point } from './layout';
import { neuronSymbolText, neuronValueText } from './labelTexts';
import { PlacedText } from './PlacedText';
import { insideFont } from './insideText';
import { useMoment } from './useMoment';
import { useValues } from './useValues';

interface Props {
  readonly layers: readonly number[];
  readonly layer: number;
  readonly j: number;
  readonly at: Point;
  readonly layout: NetworkLayout;
}

/**
 * A neuron of the forward network: z above it, a inside it, once computed. Hidden and
 * output neurons also carry δ = ∂C/∂z (as a test hook) once the backward pass has it.
 */
export const NeuronNode = memo(function NeuronNode({ layers, layer, j, at, layout }: Props) {
  const t = useT();
  const id = ids.neuron(layer, j);
  const elementRef = useElementRef(id);
  const isInput = layer === 0;
  const {
    first: z,
    second: a,
    third: delta,
  } = useValues(keys.z(layer, j), keys.a(layer, j), keys.delta(layer, j));
  const {
    involvement,
    focused,
    first: symbol,
  } = useMoment(id, ['symbol'], isInput ? undefined : ids.amp(layer, j));
  const handlers = useInspectable(id, isInput);
  const n = isInput ? j + 1 : neuronNumber(layers, layer, j);
  const r = layout.radius;
  const show = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
  const label = isInput
    ? t('diagram.inputAria', { index: n, a: show(a) })
    : t('diagram.neuronAria', { neuron: n, layer, z: show(z), a: show(a), delta: show(delta) });
  const value = neuronValueText(isInput, a);
  const font = insideFont(value, 2 * r, layout);

  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-a={a === undefined ? undefined : String(a)}
      data-z={z === undefined ? undefined : String(z)}
      data-delta={delta === undefined ? undefined : String(delta)}
      data-current={involvement === 'write' ? 'true' : undefined}
      className={cx('node neuron', isInput && 'input', involvement, focused && 'focused')}
      role="button"
      aria-label={label}
      {...handlers}
    >
      <title>{label}</title>
      {isInput ? (
        <rect x={at.x - r} y={at.y - r} width={2 * r} height={2 * r} rx={6} className="shape" />
      ) : (
        <circle cx={at.x} cy={at.y} r={r} className="shape" />
      )}
      {font !== null && (
        <text className="value" x={at.x} y={at.y} dy="0.35em" fontSize={font}>
          {value}
        </text>
      )}
      <PlacedText slot={symbol} className="symbol" fontSize={layout.labelFontSize}>
        {neuronSymbolText(isInput, n, z)}
      </PlacedText>
    </g>
  );
});
