import { line, scaleLinear, scaleLog, schemeTableau10 } from 'd3';
import { backwardCount, backwardCountUniform, naiveCount, naiveCountUniform } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useT } from '../common/hooks';
import { Axis, decadeTicks } from './Axis';
import { ChartPanel, useChartFrame } from './ChartPanel';

/** The naive recursion is refused above this many multiply-adds (about a fifth of a second). */
export const NAIVE_LIMIT = 1e7;
/** Widths compared, and the deepest network plotted. */
export const WIDTHS = [2, 4, 8, 16] as const;
export const MAX_DEPTH = 12;

const HEIGHT = 280;
const widthColour = (i: number) => schemeTableau10[i] ?? 'currentColor';

/**
 * Multiply-adds of both ways against the number of layers L, for networks of widths
 * 2, 4, 8 and 16 (log scale, from the engine's closed forms): the naive counts climb as
 * straight lines of slope log n — exponential growth — while the backward counts barely
 * rise. The current network is marked, and so is the limit above which the naive way is
 * not run.
 */
export function OpCountChart({ layers }: { layers: readonly number[] }) {
  const t = useT();
  const frame = useChartFrame(HEIGHT);
  // Room on the right for the widths' names.
  const inner = { ...frame.box, right: frame.box.right - 40 };
  const depths = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);
  const top = naiveCountUniform(Math.max(...WIDTHS), MAX_DEPTH);
  const x = scaleLinear().domain([1, MAX_DEPTH]).range([inner.left, inner.right]);
  const y = scaleLog().domain([1, top]).range([inner.bottom, inner.top]);
  const draw = line<number>()
    .x((_, i) => x(i + 1))
    .y((v) => y(Math.max(1, v)));
  const depth = layers.length - 1;
  const here = { naive: naiveCount(layers), backward: backwardCount(layers) };

  return (
    <ChartPanel
      frame={frame}
      title={t('why.chart')}
      label={t('why.chartAria', { widths: WIDTHS.join(', '), depth: MAX_DEPTH })}
      testId="op-count-chart"
      legend={<Legend />}
    >
      <Axis
        scale={x}
        orient="bottom"
        at={inner.bottom}
        label={t('why.depthAxis')}
        count={MAX_DEPTH}
        format={(v) => String(v)}
      />
      <Axis
        scale={y}
        orient="left"
        at={inner.left}
        label={t('why.countAxis')}
        values={decadeTicks(y.domain(), 6)}
      />
      <line
        className="limit-line"
        x1={inner.left}
        x2={inner.right}
        y1={y(NAIVE_LIMIT)}
        y2={y(NAIVE_LIMIT)}
      />
      <text className="limit-label" x={inner.left + 6} y={y(NAIVE_LIMIT) - 5}>
        {t('why.limit', { limit: formatNumber(NAIVE_LIMIT, 2) })}
      </text>
      {WIDTHS.map((n, i) => {
        const naive = depths.map((L) => naiveCountUniform(n, L));
        const backward = depths.map((L) => backwardCountUniform(n, L));
        return (
          <g key={n} style={{ color: widthColour(i) }}>
            <path
              className="count-line"
              d={draw(naive) ?? ''}
              data-testid={`naive-count-${n}`}
              data-last={naive.at(-1)}
            />
            <path
              className="count-line dashed"
              d={draw(backward) ?? ''}
              data-testid={`backward-count-${n}`}
              data-last={backward.at(-1)}
            />
            <text className="count-label" x={inner.right + 5} y={y(naive.at(-1) ?? 1)} dy="0.32em">
              {`n=${n}`}
            </text>
          </g>
        );
      })}
      {depth >= 1 && depth <= MAX_DEPTH && (
        <g className="here">
          <circle cx={x(depth)} cy={y(Math.max(1, here.naive))} r={5} />
          <circle cx={x(depth)} cy={y(Math.max(1, here.backward))} r={5} />
        </g>
      )}
    </ChartPanel>
  );
}

/** The key: naive and backward lines, the current network's mark, the widths' colours. */
function Legend() {
  const t = useT();
  return (
    <ul className="chart-legend" aria-hidden="true">
      <li>
        <svg width="28" height="10" className="legend-line">
          <line x1="0" x2="28" y1="5" y2="5" />
        </svg>
        {t('why.legendNaive')}
      </li>
      <li>
        <svg width="28" height="10" className="legend-line dashed">
          <line x1="0" x2="28" y1="5" y2="5" />
        </svg>
        {t('why.legendBackward')}
      </li>
      <li>
        <svg width="12" height="12" className="legend-here">
          <circle cx="6" cy="6" r="4.5" />
        </svg>
        {t('why.here')}
      </li>
      {WIDTHS.map((n, i) => (
        <li key={n}>
          <span className="swatch" style={{ background: widthColour(i) }} />
          {t('why.width', { n })}
        </li>
      ))}
    </ul>
  );
}
