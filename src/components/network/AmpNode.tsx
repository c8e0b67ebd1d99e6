import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber, subscript } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useFocused, useInvolvement, useT, useValue } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { inspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';

interface Props {
  readonly layers: readonly number[];
  readonly layer: number;
  readonly j: number;
  readonly layout: NetworkLayout;
}

/**
 * A neuron of the reverse network: an op-amp (a triangle pointing the way the signal
 * runs, right to left) with the fixed gain σ′(z). Its input, on the right, is ∂C/∂a;
 * its output, at the tip, is δ = ∂C/∂z.
 */
export const AmpNode = memo(function AmpNode({ layers, layer, j, layout }: Props) {
  const t = useT();
  const { setFocus } = useActions();
  const id = ids.amp(layer, j);
  const elementRef = useElementRef(id);
  const gain = useValue(keys.gain(layer, j));
  const input = useValue(keys.dCda(layer, j));
  const delta = useValue(keys.delta(layer, j));
  const involvement = useInvolvement(id);
  const focused = useFocused(id, ids.neuron(layer, j));
  const at = layout.amps[layer]?.[j] ?? { x: 0, y: 0 };
  const s = layout.ampSize;
  const n = neuronNumber(layers, layer, j);
  const roomy = layout.density !== 'dense';
  const show = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
  const label = t('diagram.ampAria', {
    neuron: n,
    gain: show(gain),
    input: show(input),
    delta: show(delta),
  });
  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-gain={gain === undefined ? undefined : String(gain)}
      data-delta={delta === undefined ? undefined : String(delta)}
      className={cx('node amp', involvement, focused && 'focused')}
      transform={`translate(${at.x},${at.y})`}
      role="button"
      aria-label={label}
      {...inspectable(id, setFocus)}
    >
      <title>{label}</title>
      <path className="shape" d={`M ${-s} 0 L ${s} ${-s} L ${s} ${s} Z`} />
      <text className="gain" x={s * 0.25} dy="0.35em" fontSize={layout.smallFontSize}>
        {gain === undefined ? '×σ′' : `×${formatNumber(gain, 2)}`}
      </text>
      {roomy && (
        <>
          <text className="symbol delta-label" y={-s - 8} fontSize={layout.labelFontSize}>
            {`δ${subscript(n)}`}
            {delta !== undefined && ` = ${formatNumber(delta)}`}
          </text>
          {input !== undefined && layer < layers.length - 1 && (
            <text className="amp-input" y={s + 20} fontSize={layout.smallFontSize}>
              ∂C/∂a{subscript(n)} = {formatNumber(input)}
            </text>
          )}
        </>
      )}
    </g>
  );
});
