/**
 * The benchmark page of `bench:playground --browser`: it starts the playground worker
 * (the app's own module), trains the spiral on a 2-8-8-8-1 network at full speed, asks
 * for a frame with every map at each animation frame and draws it with the app's own
 * painters, at the app's sizes: the decision map with its points (MapPainter, drawPoints)
 * and the neuron diagram, thumbnails and edges (DiagramPainter, on the layout of
 * diagramGeometry), without React. It records the frame intervals, the main thread's long
 * tasks and the steps per second, and leaves them in `window.benchResult`.
 */
import type { DataPoint } from '../../src/engine/playground/index.ts';
import { DEFAULT_HYPERPARAMETERS, parameterLayout } from '../../src/engine/playground/index.ts';
import { colorTable } from '../../src/components/playground/colors.ts';
import {
  diagramEdges,
  diagramGeometry,
  THUMB_PIXELS,
} from '../../src/components/playground/diagramGeometry.ts';
import { DiagramPainter } from '../../src/components/playground/diagramPainter.ts';
import { drawPoints, MapPainter } from '../../src/components/playground/mapPainter.ts';
import { startPlaygroundWorker } from '../../src/workers/startPlaygroundWorker.ts';

interface BenchResult {
  readonly frames: number;
  readonly intervals: number[];
  readonly waits: number[];
  /** Long tasks from the first measured frame interval on (while training). */
  readonly longTasks: number[];
  /** Long tasks before it: the page's start (modules, the worker, the first frames). */
  readonly startTasks: number[];
  readonly stepsPerSecond: number;
  readonly iteration: number;
  readonly trainLoss: number;
}
const target = window as unknown as { benchResult?: BenchResult | { error: string } };

const params = new URLSearchParams(location.search);
const batchSize = Number(params.get('batch') ?? '10');
const seconds = Number(params.get('seconds') ?? '5');
const status = document.getElementById('status') as HTMLElement;
const decisionCanvas = document.getElementById('decision') as HTMLCanvasElement;
const holder = document.getElementById('neurons') as HTMLElement;

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
/** The frame intervals measured leave out the first ones (warm-up), and so do the long tasks. */
const WARM_UP_FRAMES = 30;
let measuredFrom = Infinity;

const { api } = startPlaygroundWorker();
const configured = await api.configure({
  data: { kind: 'generated', request: { name: 'spiral', noise: 0, split: 50, seed: 1 } },
  network: {
    features: ['x1', 'x2'],
    hidden: [8, 8, 8],
    activation: 'tanh',
    problem: 'classification',
    seed: 1,
  },
  objective: { loss: 'half-sse', reduction: 'mean' },
  log: [{ from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03, batchSize } }],
  iteration: 0,
});
if (!configured.ok) target.benchResult = { error: JSON.stringify(configured.problems) };
// The laptop layout's sizes: a 400-pixel decision map, the diagram in a 480-pixel column.
const LAYERS = [2, 8, 8, 8, 1];
const table = colorTable();
const decisionPainter = new MapPainter(table);
const geometry = diagramGeometry(LAYERS, 480);
const edges = diagramEdges(geometry, parameterLayout(LAYERS).weights);
const diagram = new DiagramPainter(geometry, edges, table);
Object.assign(holder.style, {
  position: 'relative',
  width: `${geometry.width}px`,
  height: `${geometry.height}px`,
});
const edgeCanvas = document.createElement('canvas');
edgeCanvas.width = geometry.width;
edgeCanvas.height = geometry.height;
Object.assign(edgeCanvas.style, { position: 'absolute', left: '0', top: '0' });
holder.append(edgeCanvas);
const thumbs = geometry.columns.slice(1).flatMap((column) =>
  column.map((node) => {
    const c = document.createElement('canvas');
    c.width = THUMB_PIXELS;
    c.height = THUMB_PIXELS;
    Object.assign(c.style, {
      position: 'absolute',
      left: `${node.x}px`,
      top: `${node.y}px`,
      width: `${geometry.thumb}px`,
      height: `${geometry.thumb}px`,
    });
    holder.append(c);
    return c.getContext('2d');
  }),
);
const targets = { thumbs, edges: edgeCanvas.getContext('2d'), scale: 1 };
// Shown at the laptop layout's size (set through the CSSOM: the CSP forbids style attributes).
Object.assign(decisionCanvas.style, { width: '352px', height: '352px' });
const decisionContext = decisionCanvas.getContext('2d');
let points: { train: readonly DataPoint[]; test: readonly DataPoint[] } = { train: [], test: [] };
await api.play();

const intervals: number[] = [];
const waits: number[] = [];
let recycle: ArrayBuffer[] = [];
let pending = false;
let frames = 0;
let first: { iteration: number; time: number } | null = null;
let last = { iteration: 0, time: 0, loss: NaN };
let previous = performance.now();
const end = previous + seconds * 1000;

function onFrame(now: number): void {
  if (intervals.length === WARM_UP_FRAMES) measuredFrom = previous;
  intervals.push(now - previous);
  previous = now;
  if (!pending) {
    pending = true;
    const asked = performance.now();
    void api.frame({ decision: 100, neurons: 50, delta: true }, recycle).then((frame) => {
      pending = false;
      if (frame === null) return;
      waits.push(performance.now() - asked);
      if (frame.points !== null) points = frame.points;
      if (frame.decision !== null && decisionContext !== null) {
        decisionPainter.paint(decisionContext, frame.decision.values, 0, frame.decision.resolution);
        drawPoints(decisionContext, points.train, table, 5, '#ffffff');
        drawPoints(decisionContext, points.test, table, 5, '#111111');
      }
      diagram.paint(frame, targets, 'activation', points.train);
      const maps = frame.neurons;
      recycle = [
        frame.decision?.values.buffer,
        maps?.values.buffer,
        frame.delta?.values.buffer,
      ].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
      const time = performance.now();
      first ??= { iteration: frame.iteration, time };
      last = { iteration: frame.iteration, time, loss: frame.trainLoss };
      frames++;
      status.textContent = `iteration ${frame.iteration}, loss ${frame.trainLoss.toFixed(4)}`;
    });
  }
  if (now < end) requestAnimationFrame(onFrame);
  else {
    const start = first ?? last;
    target.benchResult = {
      frames,
      intervals: intervals.slice(WARM_UP_FRAMES),
      waits: waits.slice(10),
      longTasks: longTasks.filter((t) => t.start >= measuredFrom).map((t) => t.duration),
      startTasks: longTasks.filter((t) => t.start < measuredFrom).map((t) => t.duration),
      stepsPerSecond:
        ((last.iteration - start.iteration) * 1000) / Math.max(1, last.time - start.time),
      iteration: last.iteration,
      trainLoss: last.loss,
    };
  }
}
requestAnimationFrame(onFrame);
