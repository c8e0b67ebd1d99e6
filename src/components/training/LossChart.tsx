import { extent, line, scaleLinear, scaleLog } from 'd3';
import { useMemo, useState } from 'react';
import { formatNumber } from '../../lib/format';
import { useT } from '../common/hooks';
import { Axis, decadeTicks } from './Axis';
import { ChartPanel, useChartFrame } from './ChartPanel';
import { px } from './chartFrame';
import { downsample } from './downsample';
import type { RunView } from './runStore';
import { ScaleToggle } from './ScaleToggle';

const HEIGHT = 230;
const positive = (v: number) => Number.isFinite(v) && v > 0;

/**
 * The loss curve L(θⁱ), i = 0 … t, on a linear or log axis. Long runs are thinned to
 * about two points per pixel column, keeping each column's extremes.
 */
export function LossChart({ view }: { view: RunView }) {
  const t = useT();
  const [log, setLog] = useState(false);
  const frame = useChartFrame(HEIGHT);
  const { box } = frame;
  const points = useMemo(
    () =>
      downsample(
        view.losses,
        Math.max(50, Math.floor((box.right - box.left) / 2)),
        log ? positive : Number.isFinite,
      ),
    [view.losses, box.right, box.left, log],
  );
  const x = scaleLinear()
    .domain([0, Math.max(1, view.iteration)])
    .range([box.left, box.right]);
  const [lo = 1, hi = 1] = extent(points, (p) => p[1]);
  const y = log
    ? scaleLog()
        .domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi])
        .range([box.bottom, box.top])
        .nice()
    : scaleLinear()
        .domain([Math.min(0, lo), hi === 0 ? 1 : hi])
        .range([box.bottom, box.top])
        .nice();
  const path = line<readonly [number, number]>()
    .x((p) => px(x(p[0])))
    .y((p) => px(y(p[1])))(points);
  const current = log && !positive(view.loss) ? null : view.loss;

  return (
    <ChartPanel
      frame={frame}
      title={t('training.lossChart')}
      options={<ScaleToggle log={log} onChange={setLog} />}
      label={t('training.lossChartAria', { t: view.iteration, value: formatNumber(view.loss, 4) })}
    >
      <Axis
        scale={x}
        orient="bottom"
        at={box.bottom}
        label={t('training.iterationAxis')}
        count={Math.max(2, Math.floor((box.right - box.left) / 90))}
      />
      <Axis
        scale={y}
        orient="left"
        at={box.left}
        label={t('training.lossAxis')}
        values={log ? decadeTicks(y.domain()) : undefined}
      />
      <path
        className="loss-line"
        d={path ?? ''}
        data-testid="loss-curve"
        data-points={points.length}
        data-scale={log ? 'log' : 'linear'}
      />
      {current !== null && (
        <circle className="loss-now" cx={px(x(view.iteration))} cy={px(y(current))} r={4.5} />
      )}
    </ChartPanel>
  );
}
