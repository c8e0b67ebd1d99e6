import { formatNumber } from '../../lib/format';

/** What an axis needs of a D3 scale (linear and log scales both fit). */
export interface AxisScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

/**
 * An axis drawn by React from a D3 scale's ticks: the line, the ticks with their numbers
 * and the axis title. `at` is the position across the axis (y for a bottom axis, x for a
 * left one); `values` overrides the scale's own ticks (e.g. powers of ten on a log scale).
 */
export function Axis({
  scale,
  orient,
  at,
  label,
  count = 5,
  values,
  format = (v) => formatNumber(v, 2),
}: {
  scale: AxisScale;
  orient: 'bottom' | 'left';
  at: number;
  label: string;
  count?: number;
  values?: readonly number[];
  format?: (value: number) => string;
}) {
  const [r0 = 0, r1 = 0] = scale.range();
  const ticks = values ?? scale.ticks(count);
  const middle = (r0 + r1) / 2;
  if (orient === 'bottom')
    return (
      <g className="axis axis-bottom" transform={`translate(0,${at})`}>
        <line className="axis-line" x1={r0} x2={r1} />
        {ticks.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line className="tick" y2={5} />
            <text y={17}>{format(v)}</text>
          </g>
        ))}
        <text className="axis-title" x={middle} y={33}>
          {label}
        </text>
      </g>
    );
  return (
    <g className="axis axis-left" transform={`translate(${at},0)`}>
      <line className="axis-line" y1={r0} y2={r1} />
      {ticks.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line className="tick" x2={-5} />
          <text x={-8} dy="0.32em">
            {format(v)}
          </text>
        </g>
      ))}
      <text className="axis-title axis-title-left" x={-AXIS_TITLE_OFFSET} y={Math.min(r0, r1) - 12}>
        {label}
      </text>
    </g>
  );
}

/** How far left of a left axis its title starts (it reads level, above the axis). */
export const AXIS_TITLE_OFFSET = 60;

/**
 * Ticks of a log scale at powers of ten only, thinned to at most `max` of them, so that an
 * axis over many decades stays readable.
 */
export function decadeTicks(domain: readonly number[], max = 6): number[] {
  const lo = Math.ceil(Math.log10(Math.min(...domain)));
  const hi = Math.floor(Math.log10(Math.max(...domain)));
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  const step = Math.max(1, Math.ceil((hi - lo + 1) / max));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += step) ticks.push(Number(`1e${e}`));
  return ticks;
}
