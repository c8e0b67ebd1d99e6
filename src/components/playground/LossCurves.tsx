import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { useAppState } from '../../store/StoreProvider';
import { usePlaygroundT } from './usePlaygroundT';
import { useDriver, useFrameSink } from './driverContext';
import { LossHistory, type LossPoint } from './lossHistory';
import { formatCount, formatNumber } from '../../lib/format';
import { setTextIfChanged } from '../common/writeIfChanged';
import { useTextDue } from './textThrottle';

const WIDTH = 400;
/** The chart's height; flatter in presenter mode's caption, so the stage above stays large. */
const HEIGHT = { page: 90, caption: 56 } as const;
/** Line colours: test loss in ink, training loss muted (as in the Playground), per theme. */
const TEST_COLOR = 'var(--ink)';
const TRAIN_COLOR = 'var(--muted)';
const cssColor = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name);

/** One loss as a polyline over the canvas, scaled to [0, top]. */
function line(
  ctx: CanvasRenderingContext2D,
  points: readonly LossPoint[],
  pick: (p: LossPoint) => number,
  top: number,
  color: string,
): void {
  const first = points[0]?.iteration ?? 0;
  const span = Math.max(1, (points.at(-1)?.iteration ?? 0) - first);
  const { width, height } = ctx.canvas;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  points.forEach((p, i) => {
    const x = ((p.iteration - first) / span) * width;
    const v = pick(p);
    const y = height - 2 - (Number.isFinite(v) ? Math.min(1, v / top) : 1) * (height - 4);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.stroke();
}

/**
 * The training and test loss along the run (TensorFlow Playground's small chart), from
 * the frames as they arrive: drawn only when the iteration moved on.
 */
export function LossCurves({ flat = false }: { flat?: boolean }) {
  const t = usePlaygroundT();
  const history = useMemo(() => new LossHistory(), []);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // The theme's line colours, read from the style once per theme rather than every frame
  // (a style read in a frame that also writes the page forces a style recalculation).
  const theme = useAppState((s) => s.theme);
  const colors = useRef<{ theme: string; train: string; test: string } | null>(null);
  const drawnSize = useRef('');
  const textDue = useTextDue();
  const textBehind = useRef(false);

  // The axes' numbers and the current losses, written straight into the page each frame.
  const top = useRef<HTMLSpanElement>(null);
  const first = useRef<HTMLSpanElement>(null);
  const last = useRef<HTMLSpanElement>(null);
  const trainNow = useRef<HTMLSpanElement>(null);
  const testNow = useRef<HTMLSpanElement>(null);

  const draw = useCallback(
    (frame: PlaygroundFrame) => {
      const changed = history.add({
        iteration: frame.iteration,
        train: frame.trainLoss,
        test: frame.testLoss,
      });
      const ctx = canvas.current?.getContext('2d');
      if (ctx === null || ctx === undefined) return;
      // A canvas given another height (in the caption) is blank: it is drawn again. Numbers
      // left unwritten while playing are written when the run rests.
      const size = `${ctx.canvas.width}×${ctx.canvas.height}`;
      if (!changed && drawnSize.current === size && !textBehind.current) return;
      drawnSize.current = size;
      const points = history.all;
      if (box.current !== null) box.current.dataset.points = String(points.length);
      let high = 0;
      for (const p of points) high = Math.max(high, finite(p.train), finite(p.test));
      textBehind.current = !textDue(frame);
      if (!textBehind.current) {
        write(top.current, high > 0 ? formatNumber(high, 3) : '');
        write(first.current, formatCount(points[0]?.iteration ?? 0));
        write(last.current, formatCount(points.at(-1)?.iteration ?? 0));
        write(trainNow.current, formatNumber(frame.trainLoss, 4));
        write(testNow.current, formatNumber(frame.testLoss, 4));
      }
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      if (!(high > 0)) return;
      if (colors.current?.theme !== theme) {
        const train = cssColor(ctx.canvas, '--muted');
        colors.current = { theme, train, test: cssColor(ctx.canvas, '--ink') };
      }
      line(ctx, points, (p) => p.train, high, colors.current.train);
      line(ctx, points, (p) => p.test, high, colors.current.test);
    },
    [history, theme, textDue],
  );
  useFrameSink(draw);
  // Moving into the caption or out of it gives the canvas another height: a frame redraws it.
  const driver = useDriver();
  useEffect(() => driver.redraw(), [flat, driver]);

  return (
    <div ref={box} className="loss-curves" data-testid="loss-curves">
      <div className="plot-frame">
        <span className="plot-axis-y" aria-hidden="true">
          <span ref={top} data-testid="loss-axis-top" />
          <span>0</span>
        </span>
        <canvas
          ref={canvas}
          width={WIDTH}
          height={flat ? HEIGHT.caption : HEIGHT.page}
          role="img"
          aria-label={t('playground.lossCurves')}
        />
        <span className="plot-axis-x" aria-hidden="true">
          <span ref={first} />
          <span>{t('playground.lossAxis')}</span>
          <span ref={last} />
        </span>
      </div>
      <div className="map-legend">
        <span className="swatch" style={{ background: TRAIN_COLOR }} /> {t('playground.trainCurve')}
        <span className="loss-now" ref={trainNow} data-testid="loss-now-train" />
        <span className="swatch" style={{ background: TEST_COLOR }} /> {t('playground.testCurve')}
        <span className="loss-now" ref={testNow} data-testid="loss-now-test" />
      </div>
    </div>
  );
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

/** The numbers around the chart (its top, first and last iteration, the losses now). */
function write(el: HTMLElement | null, text: string): void {
  if (el !== null) setTextIfChanged(el, text);
}
