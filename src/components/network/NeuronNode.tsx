import { memo } from 'react';
import { ids, keys, neuronNumber } from '../../engine';
import { formatNumber, subscript } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useFocused, useInvolvement, useT, useValue } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { inspectable } from './elementHandlers';
import type { NetworkLayout, Point } from './layout';

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
  const { setFocus, startEditing } = useActions();
  const id = ids.neuron(layer, j);
  const elementRef = useElementRef(id);
  const isInput = layer === 0;
  const z = useValue(keys.z(layer, j));
  const a = useValue(keys.a(layer, j));
  const delta = useValue(keys.delta(layer, j));
  const involvement = useInvolvement(id);
  const focused = useFocused(id, isInput ? undefined : ids.amp(layer, j));
  const n = isInput ? j + 1 : neuronNumber(layers, layer, j);
  const r = layout.radius;
  const roomy = layout.density !== 'dense';
  const show = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
  const label = isInput
    ? t('diagram.inputAria', { index: n, a: show(a) })
    : t('diagram.neuronAria', { neuron: n, layer, z: show(z), a: show(a), delta: show(delta) });

  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-a={a === undefined ? undefined : String(a)}
      data-z={z === undefined ? undefined : String(z)}
      data-delta={delta === undefined ? undefined : String(delta)}
      className={cx('node neuron', isInput && 'input', involvement, focused && 'focused')}
      transform={`translate(${at.x},${at.y})`}
      role="button"
      aria-label={label}
      {...inspectable(id, setFocus, isInput ? () => startEditing(id) : undefined)}
    >
      <title>{label}</title>
      {isInput ? (
        <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={6} className="shape" />
      ) : (
        <circle r={r} className="shape" />
      )}
      <text
        className="value"
        dy="0.35em"
        fontSize={layout.density === 'dense' ? 11 : layout.fontSize}
      >
        {a === undefined ? (isInput ? '' : 'σ') : formatNumber(a)}
      </text>
      {roomy && (
        <text className="symbol" y={-r - 8} fontSize={layout.labelFontSize}>
          {isInput
            ? `x${subscript(n)}`
            : `z${subscript(n)}${z === undefined ? '' : ` = ${formatNumber(z)}`}`}
        </text>
      )}
    </g>
  );
});
