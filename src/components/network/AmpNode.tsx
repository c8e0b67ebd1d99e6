import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { useInspectable } from './elementHandlers';
import { insideFont } from './insideText';
import type { NetworkLayout } from './layout';
import { ampInputText, deltaText, gainText } from './labelTexts';
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
 * A neuron of the reverse network: an op-amp (a triangle pointing the way the signal
 * runs, right to left) with the fixed gain σ′(z). Its input, on the right, is ∂C/∂a
 * (∂C/∂y at the outputs, straight from the cost); its output, at the tip, is δ = ∂C/∂z.
 */
export const AmpNode = memo(function AmpNode({ layers, layer, j, layout }: Props) {
  const t = useT();
  const id = ids.amp(layer, j);
  const elementRef = useElementRef(id);
  const {
    first: gain,
    second: input,
    third: delta,
  } = useValues(keys.gain(layer, j), keys.dCda(layer, j), keys.delta(layer, j));
  const { involvement, focused, first, second } = useMoment(
    id,
    ['delta', 'input'],
    ids.neuron(layer, j),
  );
  const handlers = useInspectable(id, false);
  const at = layout.amps[layer]?.[j] ?? { x: 0, y: 0 };
  const s = layout.ampSize;
  const n = neuronNumber(layers, layer, j);
  const output = layer === layers.length - 1;
  const show = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
  const label = t('diagram.ampAria', {
    neuron: n,
    gain: show(gain),
    input: show(input),
    delta: show(delta),
  });
  const gainLabel = gainText(gain);
  // The gain sits in the wide part of the triangle, right of its centre.
  const gainFont = insideFont(gainLabel, s * 1.8, layout, false);
  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-gain={gain === undefined ? undefined : String(gain)}
      data-delta={delta === undefined ? undefined : String(delta)}
      data-current={involvement === 'write' ? 'true' : undefined}
      className={cx('node amp', involvement, focused && 'focused')}
      role="button"
      aria-label={label}
      {...handlers}
    >
      <title>{label}</title>
      <path
        className="shape"
        d={`M ${at.x - s} ${at.y} L ${at.x + s} ${at.y - s} L ${at.x + s} ${at.y + s} Z`}
      />
      {gainFont !== null && (
        <text className="gain" x={at.x + s * 0.2} y={at.y} dy="0.35em" fontSize={gainFont}>
          {gainLabel}
        </text>
      )}
      <PlacedText slot={first} className="delta-label" fontSize={layout.labelFontSize}>
        {deltaText(n, delta)}
      </PlacedText>
      {input !== undefined && (
        <PlacedText
          slot={second}
          className={cx('amp-input', output && 'cost-gradient-label')}
          fontSize={layout.smallFontSize}
        >
          {ampInputText(output, output ? j + 1 : n, input)}
        </PlacedText>
      )}
    </g>
  );
});
