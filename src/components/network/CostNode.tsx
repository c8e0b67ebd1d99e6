import { memo } from 'react';
import { ids, keys } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { useInspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';
import { costText } from './labelTexts';
import { useMoment } from './useMoment';
import { useValues } from './useValues';
import { costInWire, costOutWire } from './wires';

interface Props {
  readonly outputs: number;
  readonly layout: NetworkLayout;
}

/**
 * The cost block between the bands: the outputs flow into it from the forward network,
 * and ∂C/∂y flows out of it into the output op-amps of the reverse network (each op-amp
 * writes its own ∂C/∂y at its input).
 */
export const CostNode = memo(function CostNode({ outputs, layout }: Props) {
  const t = useT();
  const { first: value } = useValues(keys.loss);
  const elementRef = useElementRef(ids.loss);
  const { involvement, focused } = useMoment(ids.loss, []);
  const handlers = useInspectable(ids.loss, false);
  const { x, y } = layout.cost;
  const { width: hw, height: hh } = layout.costHalf;
  const label = t('diagram.lossAria', {
    value: value === undefined ? t('diagram.notYet') : formatNumber(value),
  });
  const last = layout.neurons.length - 1;
  return (
    <g className="cost-wiring">
      {Array.from({ length: outputs }, (_, j) => (
        <g key={j}>
          <path className="wire cost-in" d={costInWire(layout, j).d} />
          <CostGradient layer={last} j={j} d={costOutWire(layout, j).d} />
        </g>
      ))}
      <g
        ref={elementRef}
        data-testid={ids.loss}
        data-value={value === undefined ? undefined : String(value)}
        data-current={involvement === 'write' ? 'true' : undefined}
        className={cx('node cost', involvement, focused && 'focused')}
        role="button"
        aria-label={label}
        {...handlers}
      >
        <title>{label}</title>
        <rect className="shape" x={x - hw} y={y - hh} width={2 * hw} height={2 * hh} rx={10} />
        <text className="value" x={x} y={y} dy="0.35em" fontSize={layout.fontSize}>
          {costText(value)}
        </text>
      </g>
    </g>
  );
});

/** The wire from the cost to output op-amp j, lit while that op-amp's step runs. */
function CostGradient({ layer, j, d }: { layer: number; j: number; d: string }) {
  const { involvement } = useMoment(ids.amp(layer, j), []);
  return (
    <g className={cx('cost-out', involvement)}>
      <path className="wire" d={d} />
    </g>
  );
}
