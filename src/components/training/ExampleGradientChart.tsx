import { scaleBand, scaleLinear } from 'd3';
import { memo, useMemo, useState } from 'react';
import { exampleGradients, paramRefs, type ParamRef } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { Axis } from './Axis';
import { ChartPanel, useChartFrame } from './ChartPanel';
import { paramText } from './paramText';
import { findRef, ParamSelect } from './ParamSelect';
import type { RunView } from './runStore';

const HEIGHT = 230;

/**
 * The lecture's L = Σₙ Cⁿ, so ∂L/∂w = Σₙ ∂Cⁿ/∂w, made visible for one chosen parameter at
 * θᵗ: one bar per example, then the total the update uses (their sum, or their mean with
 * reduction 'mean'), set apart in the accent colour.
 */
export const ExampleGradientChart = memo(function ExampleGradientChart({
  view,
}: {
  view: RunView;
}) {
  const t = useT();
  const layers = view.network.layers;
  const refs = useMemo(() => paramRefs(layers), [layers]);
  const [id, setId] = useState<string | null>(null);
  const param = findRef(refs, id, refs[0] as ParamRef);
  const frame = useChartFrame(HEIGHT);
  const { box } = frame;
  const { perExample, total } = useMemo(
    () => exampleGradients(view.theta, param),
    [view.theta, param],
  );
  const mean = view.network.reduction === 'mean';
  const name = paramText(layers, param);
  const totalLabel = t(mean ? 'training.sumBar.mean' : 'training.sumBar.sum');
  const keys = [...perExample.map((_, n) => String(n + 1)), 'total'];
  const x = scaleBand<string>()
    .domain(keys)
    .range([box.left, box.right])
    .paddingInner(perExample.length > 40 ? 0.05 : 0.2)
    .paddingOuter(0.1);
  let lo = Math.min(0, total);
  let hi = Math.max(0, total);
  for (const g of perExample)
    if (Number.isFinite(g)) {
      lo = Math.min(lo, g);
      hi = Math.max(hi, g);
    }
  if (lo === hi) hi = lo + 1;
  const y = scaleLinear().domain([lo, hi]).range([box.bottom, box.top]).nice();
  const zero = y(0);
  const bar = (key: string, value: number, className: string, testId: string) => {
    const top = Math.min(y(value), zero);
    return (
      <rect
        key={key}
        className={cx('grad-bar', className, value < 0 && 'negative')}
        x={x(key) ?? 0}
        width={x.bandwidth()}
        y={Number.isFinite(top) ? top : zero}
        height={Number.isFinite(value) ? Math.abs(y(value) - zero) : 0}
        data-testid={testId}
        data-value={String(value)}
      >
        <title>{`${key === 'total' ? totalLabel : `n = ${key}`}: ${formatNumber(value, 4)}`}</title>
      </rect>
    );
  };
  // Label only as many examples as fit; the total is always labelled.
  const every = Math.max(
    1,
    Math.ceil((perExample.length * 22) / Math.max(1, box.right - box.left)),
  );
  const tickKeys = keys.filter((k, i) => k === 'total' || i % every === 0);

  return (
    <ChartPanel
      frame={frame}
      title={t('training.sumChart')}
      options={
        <div className="chart-options">
          <ParamSelect
            label={t('training.param')}
            layers={layers}
            refs={refs}
            value={param}
            onChange={(r) => setId(r.id)}
            testId="sum-param"
          />
        </div>
      }
      label={t('training.sumAria', { param: name, value: formatNumber(total, 4) })}
      noteClassName="chart-note formula-note"
      note={t(mean ? 'training.sumFormula.mean' : 'training.sumFormula.sum', {
        param: name,
        value: formatNumber(total, 4),
      })}
    >
      <Axis scale={y} orient="left" at={box.left} label={t('training.sumAxis')} />
      <g className="axis axis-bottom" transform={`translate(0,${box.bottom})`}>
        {tickKeys.map((k) => (
          <text
            key={k}
            x={(x(k) ?? 0) + x.bandwidth() / 2}
            y={16}
            className={k === 'total' ? 'total-tick' : undefined}
          >
            {k === 'total' ? totalLabel : k}
          </text>
        ))}
        <text className="axis-title" x={(box.left + box.right) / 2} y={33}>
          {t('training.exampleAxis')}
        </text>
      </g>
      {perExample.map((g, n) => bar(String(n + 1), g, 'example', `example-grad-${n + 1}`))}
      {bar('total', total, 'total', 'example-grad-total')}
      <line className="zero-line" x1={box.left} x2={box.right} y1={zero} y2={zero} />
    </ChartPanel>
  );
});
