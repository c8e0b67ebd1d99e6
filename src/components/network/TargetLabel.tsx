import { memo } from 'react';
import { ids } from '../../engine';
import { formatNumber, subscript } from '../../lib/format';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useFocused, useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { inspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';

/** The target yⱼ of the current sample, beside output neuron j; editable in place. */
export const TargetLabel = memo(function TargetLabel({
  j,
  layout,
}: {
  j: number;
  layout: NetworkLayout;
}) {
  const t = useT();
  const { setFocus, startEditing } = useActions();
  const y = useAppState((s) => s.network.samples[s.sample]?.y[j]);
  const id = ids.target(j);
  const elementRef = useElementRef(id);
  const focused = useFocused(id);
  const last = layout.neurons.length - 1;
  const at = layout.neurons[last]?.[j] ?? { x: 0, y: 0 };
  const label = t('diagram.targetAria', {
    index: j + 1,
    y: y === undefined ? '—' : formatNumber(y),
  });
  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-y={y === undefined ? undefined : String(y)}
      className={cx('target', focused && 'focused')}
      transform={`translate(${at.x + layout.radius + 10},${at.y - layout.radius + 4})`}
      role="button"
      aria-label={label}
      {...inspectable(id, setFocus, () => startEditing(id))}
    >
      <title>{label}</title>
      <text className="target-label" fontSize={layout.labelFontSize}>
        ŷ{subscript(j + 1)} = {y === undefined ? '—' : formatNumber(y)}
      </text>
    </g>
  );
});
