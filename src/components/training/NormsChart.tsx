import { line, scaleLinear, scaleLog, schemeTableau10 } from 'd3';
import { useMemo } from 'react';
import { subscript } from '../../lib/format';
import { useT } from '../common/hooks';
import { Axis, decadeTicks } from './Axis';
import { ChartPanel, useChartFrame } from './ChartPanel';
import { px } from './chartFrame';
import { downsample } from './downsample';
import type { RunView } from './runStore';

const HEIGHT = 230;
const positive = (v: number) => Number.isFinite(v) && v > 0;

/** The colour of weight layer l's line (also used by its key). */
export const layerColour = (l: number): string => schemeTableau10[l % 10] ?? 'currentColor';

/**
 * ‖∂L/∂W_l‖ of every layer over the iterations, on a log axis: in a deep sigmoid network
 * the first layers' lines sit decades below the last one's (the vanishing gradient).
 * Each line ends in its layer's name, so colour is not the only key.
 */
export function NormsChart({ view }: { view: RunView }) {
  const t = useT();
  const frame = useChartFrame(HEIGHT);
  // Room on the right for the layers' names.
  const inner = { ...frame.box, right: frame.box.right - 28 };
  const series = useMemo(
    () =>
      view.norms.map((norms) =>
        downsample(norms, Math.max(40, Math.floor((inner.right - inner.left) / 2)), positive),
      ),
    [view.norms, inner.right, inner.left],
  );
  let lo = Infinity;
  let hi = 0;
  for (const s of series)
    for (const [, v] of s) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (!(hi > 0)) [lo, hi] = [1e-3, 1];
  const x = scaleLinear()
    .domain([0, Math.max(1, view.iteration)])
    .range([inner.left, inner.right]);
  const y = scaleLog()
    .domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi])
    .range([inner.bottom, inner.top])
    .nice();
  const draw = line<readonly [number, number]>()
    .x((p) => px(x(p[0])))
    .y((p) => px(y(p[1])));
  const labels = spreadLabels(
    series.map((points) => {
      const last = points.at(-1);
      return last === undefined ? null : px(y(last[1]));
    }),
    13,
  );

  return (
    <ChartPanel
      frame={frame}
      title={t('training.normsChart')}
      label={t('training.normsAria', { t: view.iteration })}
      testId="norms-chart"
      note={t('training.normsNote')}
    >
      <Axis
        scale={x}
        orient="bottom"
        at={inner.bottom}
        label={t('training.iterationAxis')}
        count={Math.max(2, Math.floor((inner.right - inner.left) / 90))}
      />
      <Axis
        scale={y}
        orient="left"
        at={inner.left}
        label={t('training.normsAxis')}
        values={decadeTicks(y.domain())}
      />
      {series.map((points, l) => {
        const labelY = labels[l];
        const last = points.at(-1);
        return (
          <g key={l} className="norm-series" style={{ color: layerColour(l) }}>
            <title>{t('training.layerKey', { l: l + 1 })}</title>
            <path
              className="norm-line"
              d={draw(points) ?? ''}
              data-testid={`norm-layer-${l + 1}`}
              data-value={String(view.norms[l]?.[view.iteration] ?? NaN)}
            />
            {last !== undefined && (
              <circle className="norm-dot" cx={px(x(last[0]))} cy={px(y(last[1]))} r={3} />
            )}
            {labelY !== null && labelY !== undefined && (
              <text className="norm-label" x={x(last?.[0] ?? 0) + 6} y={labelY} dy="0.32em">
                {`W${subscript(l + 1)}`}
              </text>
            )}
          </g>
        );
      })}
    </ChartPanel>
  );
}

/**
 * Moves label positions apart so that none are closer than `gap` pixels, keeping their
 * order and staying as near their lines' ends as possible. Null marks a missing label.
 */
export function spreadLabels(
  positions: readonly (number | null)[],
  gap: number,
): (number | null)[] {
  const order = positions
    .map((p, i) => ({ p, i }))
    .filter((e): e is { p: number; i: number } => e.p !== null)
    .sort((a, b) => a.p - b.p);
  const placed = order.map((e) => e.p);
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  // Pull the group back up by the average push, so it stays centred on the lines.
  const shift =
    order.reduce((s, e, k) => s + ((placed[k] as number) - e.p), 0) / Math.max(1, order.length);
  const result: (number | null)[] = positions.map(() => null);
  order.forEach((e, k) => (result[e.i] = (placed[k] as number) - shift));
  return result;
}
