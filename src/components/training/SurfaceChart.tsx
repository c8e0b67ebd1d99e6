import { geoPath, geoTransform, line, scaleLinear } from 'd3';
import { useId, useMemo, useState } from 'react';
import { gridPoints, lossSurface, paramRefs, surfaceWindow, type ParamRef } from '../../engine';
import { useT } from '../common/hooks';
import { Axis } from './Axis';
import { innerBox, px } from './chartFrame';
import { paramText } from './paramText';
import { findRef, ParamSelect } from './ParamSelect';
import type { RunView } from './runStore';
import { defaultPair, lossContours } from './surfaceGeometry';
import { useElementWidth } from './useElementWidth';
import { useThrottled } from './useThrottled';

const HEIGHT = 300;
/** While training runs, the surface (a grid of forward passes) is redrawn this often. */
const SURFACE_REFRESH_MS = 400;
/** About one grid cell per this many pixels. */
const CELL_PX = 9;

/**
 * The path of gradient descent over the loss surface of two chosen parameters: contours
 * of L on a grid over those two, every other parameter held at θᵗ (d3-contour), with the
 * pair's values from θ⁰ to θᵗ drawn on top. The grid is recomputed when the pair changes,
 * and a few times a second while training runs.
 */
export function SurfaceChart({ view, running }: { view: RunView; running: boolean }) {
  const t = useT();
  const layers = view.network.layers;
  const refs = useMemo(() => paramRefs(layers), [layers]);
  const [fallbackA, fallbackB] = defaultPair(refs);
  const [ids, setIds] = useState<[string | null, string | null]>([null, null]);
  const a = findRef(refs, ids[0], fallbackA);
  const b = findRef(refs, ids[1], fallbackB);
  const [ref, width] = useElementWidth(480);
  const titleId = useId();
  const clipId = `surface-clip-${useId().replace(/[^\w-]/g, '')}`;
  const box = innerBox(width, HEIGHT);

  const path = useMemo(() => {
    const pa = view.path(a.index);
    const pb = view.path(b.index);
    return pa.values.map((v, i) => [v, pb.values[i] ?? NaN] as const);
  }, [view, a.index, b.index]);

  const frozen = useThrottled(view, SURFACE_REFRESH_MS, running);
  const columns = Math.max(16, Math.min(64, Math.round((box.right - box.left) / CELL_PX)));
  const rows = Math.max(12, Math.min(48, Math.round((box.bottom - box.top) / CELL_PX)));
  const surface = useMemo(() => {
    const windowA = surfaceWindow(frozen.path(a.index).values);
    const windowB = surfaceWindow(frozen.path(b.index).values);
    const half = (lo: number, hi: number, n: number) => (hi - lo) / n / 2;
    const xs = gridPoints(
      windowA[0] + half(...windowA, columns),
      windowA[1] - half(...windowA, columns),
      columns,
    );
    const ys = gridPoints(
      windowB[0] + half(...windowB, rows),
      windowB[1] - half(...windowB, rows),
      rows,
    );
    const values =
      a.index === b.index ? new Float64Array(0) : lossSurface(frozen.theta, a, b, xs, ys);
    return { windowA, windowB, ...lossContours(values, columns, rows) };
  }, [frozen, a, b, columns, rows]);

  const x = scaleLinear().domain(surface.windowA).range([box.left, box.right]);
  const y = scaleLinear().domain(surface.windowB).range([box.bottom, box.top]);
  const cellW = (box.right - box.left) / columns;
  const cellH = (box.bottom - box.top) / rows;
  const project = geoPath(
    geoTransform({
      point(px: number, py: number) {
        this.stream.point(box.left + px * cellW, box.bottom - py * cellH);
      },
    }),
  );
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
    <section className="panel chart-panel" aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 id={titleId}>{t('training.surfaceChart')}</h2>
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
      </div>
      <div ref={ref} className="chart-box">
        {a.index === b.index ? (
          <p className="chart-message">{t('training.surfaceSame')}</p>
        ) : (
          <svg
            width={width}
            height={HEIGHT}
            className="chart surface"
            role="img"
            aria-label={t('training.surfaceAria', { a: nameA, b: nameB })}
            data-testid="surface-chart"
            data-bands={surface.bands.length}
            data-path-points={path.length}
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
              {surface.bands.map((band) => (
                <path
                  key={band.value}
                  className="band"
                  d={project(band) ?? ''}
                  fill={surface.colour(band.value)}
                />
              ))}
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
          </svg>
        )}
      </div>
      <p className="chart-note">{t('training.surfaceNote', { t: frozen.iteration })}</p>
    </section>
  );
}
