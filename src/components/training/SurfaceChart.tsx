import { geoPath, geoTransform, line, scaleLinear } from 'd3';
import { memo, useId, useLayoutEffect, useMemo, useState } from 'react';
import { gridPoints, lossSurface, paramRefs, surfaceWindow, type ParamRef } from '../../engine';
import { useT } from '../common/hooks';
import { Axis } from './Axis';
import { ChartPanel, useChartFrame } from './ChartPanel';
import { px } from './chartFrame';
import { paramText } from './paramText';
import { findRef, ParamSelect } from './ParamSelect';
import type { ParameterPath, RunStore, RunView } from './runStore';
import { defaultPair, lossContours, stableWindow } from './surfaceGeometry';
import { useThrottled } from './useThrottled';

const HEIGHT = 300;
/** While training runs, the surface (a grid of forward passes) is redrawn this often. */
const SURFACE_REFRESH_MS = 400;
/** About one grid cell per this many pixels. */
const CELL_PX = 9;
/** Multiply-adds one surface may cost; big networks get a coarser grid. */
const SURFACE_BUDGET = 2e7;
/** A path not yet asked of the run. */
const NO_PATH: ParameterPath = { iterations: [], values: [] };
const NO_SURFACE: ReturnType<typeof lossContours> = { bands: [], colour: () => 'none' };

/**
 * Grid columns and rows for a plot of this size: one cell per ~9 px, fewer when one loss
 * evaluation (about samples × parameters multiply-adds) would make the grid too costly.
 */
function gridSize(width: number, height: number, costPerLoss: number) {
  let columns = Math.max(16, Math.min(64, Math.round(width / CELL_PX)));
  let rows = Math.max(12, Math.min(48, Math.round(height / CELL_PX)));
  const affordable = SURFACE_BUDGET / Math.max(1, costPerLoss);
  if (columns * rows > affordable) {
    const shrink = Math.sqrt(affordable / (columns * rows));
    columns = Math.max(12, Math.round(columns * shrink));
    rows = Math.max(9, Math.round(rows * shrink));
  }
  return { columns, rows };
}

/**
 * The path of gradient descent over the loss surface of two chosen parameters: contours
 * of L on a grid over those two, every other parameter held at θᵗ (d3-contour), with the
 * pair's values from θ⁰ to θᵗ drawn on top. The grid is recomputed when the pair changes,
 * and a few times a second while training runs.
 */
export function SurfaceChart({
  view,
  busy,
  watch,
}: {
  view: RunView;
  busy: boolean;
  /** Asks the run for the paths of the pair shown (they come with the next view). */
  watch: RunStore['watch'];
}) {
  const t = useT();
  const layers = view.network.layers;
  const refs = useMemo(() => paramRefs(layers), [layers]);
  const [fallbackA, fallbackB] = defaultPair(refs);
  const [ids, setIds] = useState<[string | null, string | null]>([null, null]);
  const a = findRef(refs, ids[0], fallbackA);
  const b = findRef(refs, ids[1], fallbackB);
  const frame = useChartFrame(HEIGHT);
  const { box } = frame;
  const clipId = `surface-clip-${useId().replace(/[^\w-]/g, '')}`;

  // Before the first paint: the next view carries the pair's paths.
  useLayoutEffect(() => watch([a.index, b.index]), [watch, a.index, b.index]);
  const { path, windowA, windowB } = useMemo(() => {
    const pa = view.paths.get(a.index) ?? NO_PATH;
    const pb = view.paths.get(b.index) ?? NO_PATH;
    return {
      path: pa.values.map((v, i) => [v, pb.values[i] ?? NaN] as const),
      windowA: stableWindow(surfaceWindow(pa.values)),
      windowB: stableWindow(surfaceWindow(pb.values)),
    };
  }, [view, a.index, b.index]);
  const [a0, a1] = windowA;
  const [b0, b1] = windowB;

  // The grid: the window follows the path at once (it only jumps now and then); the other
  // parameters' θᵗ is refreshed a few times a second while training runs.
  const frozen = useThrottled(view, SURFACE_REFRESH_MS, busy);
  const { columns, rows } = gridSize(
    box.right - box.left,
    box.bottom - box.top,
    view.network.samples.length * refs.length,
  );
  // Until the run has sent the pair's paths (a new pair: one render, before paint), the
  // window is not known yet, and until the chart is measured, its grid: the costly grid
  // waits for both.
  const ready = frame.measured && view.paths.has(a.index) && view.paths.has(b.index);
  const surface = useMemo(() => {
    if (!ready) return NO_SURFACE;
    const xs = gridPoints(a0 + (a1 - a0) / columns / 2, a1 - (a1 - a0) / columns / 2, columns);
    const ys = gridPoints(b0 + (b1 - b0) / rows / 2, b1 - (b1 - b0) / rows / 2, rows);
    const values =
      a.index === b.index ? new Float64Array(0) : lossSurface(frozen.theta, a, b, xs, ys);
    return lossContours(values, columns, rows);
  }, [ready, frozen.theta, a, b, a0, a1, b0, b1, columns, rows]);

  const x = scaleLinear().domain(windowA).range([box.left, box.right]);
  const y = scaleLinear().domain(windowB).range([box.bottom, box.top]);
  const cellW = (box.right - box.left) / columns;
  const cellH = (box.bottom - box.top) / rows;
  const { left, bottom } = box;
  const bands = useMemo(() => {
    // Grid coordinates (0 … columns, 0 … rows) to pixels; rows go up.
    const project = geoPath(
      geoTransform({
        point(gx: number, gy: number) {
          this.stream.point(left + gx * cellW, bottom - gy * cellH);
        },
      }),
    );
    return surface.bands.map((band) => ({
      value: band.value,
      d: project(band) ?? '',
      fill: surface.colour(band.value),
    }));
  }, [surface, left, bottom, cellW, cellH]);
  const trail = line<readonly [number, number]>()
    .x((p) => px(x(p[0])))
    .y((p) => px(y(p[1])))(path);
  const start = path[0];
  const now = path.at(-1);
  const nameA = paramText(layers, a);
  const nameB = paramText(layers, b);
  const pick = (which: 0 | 1) => (r: ParamRef) =>
    setIds((current) => (which === 0 ? [r.id, current[1] ?? b.id] : [current[0] ?? a.id, r.id]));

  return (
    <ChartPanel
      frame={frame}
      title={t('training.surfaceChart')}
      options={
        <div className="chart-options">
          <ParamSelect
            label={t('training.surfaceX')}
            layers={layers}
            refs={refs}
            value={a}
            onChange={pick(0)}
            testId="surface-param-a"
          />
          <ParamSelect
            label={t('training.surfaceY')}
            layers={layers}
            refs={refs}
            value={b}
            onChange={pick(1)}
            testId="surface-param-b"
          />
        </div>
      }
      label={t('training.surfaceAria', { a: nameA, b: nameB })}
      svgClassName="chart surface"
      testId="surface-chart"
      data={{ 'data-bands': surface.bands.length, 'data-path-points': path.length }}
      message={
        a.index === b.index ? (
          <p className="chart-message">{t('training.surfaceSame')}</p>
        ) : undefined
      }
      note={t('training.surfaceNote', { t: frozen.iteration })}
    >
      <defs>
        <clipPath id={clipId}>
          <rect
            x={box.left}
            y={box.top}
            width={box.right - box.left}
            height={box.bottom - box.top}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <Bands bands={bands} />
        <path className="descent-path" d={trail ?? ''} />
        {start !== undefined && (
          <circle className="descent-start" cx={px(x(start[0]))} cy={px(y(start[1]))} r={5} />
        )}
        {now !== undefined && (
          <circle className="descent-now" cx={px(x(now[0]))} cy={px(y(now[1]))} r={5} />
        )}
      </g>
      <Axis
        scale={x}
        orient="bottom"
        at={box.bottom}
        label={nameA}
        count={Math.max(2, Math.floor((box.right - box.left) / 80))}
      />
      <Axis scale={y} orient="left" at={box.left} label={nameB} />
    </ChartPanel>
  );
}

/** The filled contour bands; memoised, so a frame that only moves the path skips them. */
const Bands = memo(function Bands({
  bands,
}: {
  bands: readonly { value: number; d: string; fill: string }[];
}) {
  return (
    <g className="bands">
      {bands.map((band) => (
        <path key={band.value} className="band" d={band.d} fill={band.fill} />
      ))}
    </g>
  );
});
