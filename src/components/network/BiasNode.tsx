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

/** The bias of a neuron, written under it; its gradient and its update once known. */
export const BiasNode = memo(function BiasNode({ layers, layer, j, layout }: Props) {
  const t = useT();
  const { setFocus, startEditing } = useActions();
  const id = ids.bias(layer, j);
  const elementRef = useElementRef(id);
  const b = useValue(keys.b(layer, j)) ?? NaN;
  const grad = useValue(keys.db(layer, j));
  const next = useValue(keys.bNext(layer, j));
  const involvement = useInvolvement(id);
  const focused = useFocused(id);
  const at = layout.neurons[layer]?.[j] ?? { x: 0, y: 0 };
  const n = neuronNumber(layers, layer, j);
  const roomy = layout.density === 'roomy';
  const label = t('diagram.biasAria', {
    neuron: n,
    b: formatNumber(b),
    grad: grad === undefined ? t('diagram.notYet') : formatNumber(grad),
  });
  const y = at.y + layout.radius + (roomy ? 20 : 12) * layout.unit;
  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-b={String(b)}
      data-grad={grad === undefined ? undefined : String(grad)}
      data-b-next={next === undefined ? undefined : String(next)}
      className={cx('bias', involvement, focused && 'focused')}
      transform={`translate(${at.x},${y})`}
      role="button"
      aria-label={label}
      {...inspectable(id, setFocus, () => startEditing(id))}
    >
      <title>{label}</title>
      {roomy || focused || involvement !== null ? (
        <>
          <text className="bias-label" fontSize={layout.smallFontSize}>
            b{subscript(n)} = {formatNumber(b)}
            {next !== undefined && ` → ${formatNumber(next)}`}
            {/* Presenter rows are tighter: the gradient goes on the same line. */}
            {grad !== undefined && layout.unit > 1 && (
              <tspan className="grad-label">{`  ∇ ${formatNumber(grad, 2)}`}</tspan>
            )}
          </text>
          {grad !== undefined && layout.unit === 1 && (
            <text className="grad-label" dy="1.25em" fontSize={layout.smallFontSize}>
              ∇ {formatNumber(grad, 2)}
            </text>
          )}
        </>
      ) : (
        <circle r={3} className="bias-dot" />
      )}
    </g>
  );
});
