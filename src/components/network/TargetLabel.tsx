import { memo } from 'react';
import { ids } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { useInspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';
import { targetText } from './labelTexts';
import { PlacedText } from './PlacedText';
import { useMoment } from './useMoment';

/** The target ŷⱼ of the current sample, beside output neuron j; editable. */
export const TargetLabel = memo(function TargetLabel({
  j,
  layout,
}: {
  j: number;
  layout: NetworkLayout;
}) {
  const t = useT();
  const y = useAppState((s) => s.network.samples[s.sample]?.y[j]);
  const id = ids.target(j);
  const elementRef = useElementRef(id);
  const { focused, first } = useMoment(id, ['y']);
  const handlers = useInspectable(id, true);
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
      role="button"
      aria-label={label}
      {...handlers}
    >
      <title>{label}</title>
      <PlacedText slot={first} className="target-label" fontSize={layout.labelFontSize}>
        {targetText(j, y)}
      </PlacedText>
    </g>
  );
});
