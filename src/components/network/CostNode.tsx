import { memo } from 'react';
import { ids, keys } from '../../engine';
import { formatNumber, subscript } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useFocused, useInvolvement, useT, useValue } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { inspectable } from './elementHandlers';
import type { NetworkLayout } from './layout';

interface Props {
  readonly outputs: number;
  readonly layout: NetworkLayout;
}

/**
 * The cost block between the bands: the outputs flow into it from the forward network,
 * and ∂C/∂y flows out of it into the output op-amps of the reverse network.
 */
export const CostNode = memo(function CostNode({ outputs, layout }: Props) {
  const t = useT();
  const { setFocus } = useActions();
  const value = useValue(keys.loss);
  const elementRef = useElementRef(ids.loss);
  const involvement = useInvolvement(ids.loss);
  const focused = useFocused(ids.loss);
  const last = layout.neurons.length - 1;
  const { x, y } = layout.cost;
  const label = t('diagram.lossAria', {
    value: value === undefined ? t('diagram.notYet') : formatNumber(value),
  });
  return (
    <g className="cost-wiring">
      {Array.from({ length: outputs }, (_, j) => {
        const n = layout.neurons[last]?.[j] ?? { x: 0, y: 0 };
        const amp = layout.amps[last]?.[j] ?? { x: 0, y: 0 };
        return (
          <g key={j}>
            <path
              className="wire cost-in"
              d={`M ${n.x + layout.radius} ${n.y} C ${x - 40} ${n.y}, ${x - 60} ${y - 20}, ${x - 55 * layout.unit} ${y - 22 * layout.unit}`}
            />
            <CostGradient
              layer={last}
              j={j}
              from={{ x: x - 55 * layout.unit, y: y + 22 * layout.unit }}
              to={{ x: amp.x + layout.ampSize, y: amp.y }}
              fontSize={layout.smallFontSize}
            />
          </g>
        );
      })}
      <g
        ref={elementRef}
        data-testid={ids.loss}
        data-value={value === undefined ? undefined : String(value)}
        className={cx('node cost', involvement, focused && 'focused')}
        transform={`translate(${x},${y})`}
        role="button"
        aria-label={label}
        {...inspectable(ids.loss, setFocus)}
      >
        <title>{label}</title>
        <rect
          className="shape"
          x={-55 * layout.unit}
          y={-30 * layout.unit}
          width={110 * layout.unit}
          height={60 * layout.unit}
          rx={10}
        />
        <text className="value" dy="0.35em" fontSize={layout.fontSize}>
          C{value === undefined ? '' : ` = ${formatNumber(value)}`}
        </text>
      </g>
    </g>
  );
});

interface GradientProps {
  readonly layer: number;
  readonly j: number;
  readonly from: { x: number; y: number };
  readonly to: { x: number; y: number };
  readonly fontSize: number;
}

/** The wire from the cost to output op-amp j, labelled with ∂C/∂y once known. */
function CostGradient({ layer, j, from, to, fontSize }: GradientProps) {
  const dCdy = useValue(keys.dCda(layer, j));
  const involvement = useInvolvement(ids.amp(layer, j));
  return (
    <g className={cx('cost-out', involvement)}>
      <path
        className="wire"
        d={`M ${from.x} ${from.y} C ${from.x - 10} ${to.y}, ${to.x + 70} ${to.y}, ${to.x} ${to.y}`}
      />
      {dCdy !== undefined && (
        <text
          className="amp-input cost-gradient-label"
          x={to.x + 12}
          y={to.y - 16}
          fontSize={fontSize}
        >
          ∂C/∂y{subscript(j + 1)} = {formatNumber(dCdy)}
        </text>
      )}
    </g>
  );
}
