/**
 * The benchmark page of `bench:playground --browser`: it starts the playground worker
 * (the app's own module), trains the spiral on a 2-8-8-8-1 network at full speed, asks
 * for a frame with every map at each animation frame and draws the maps on canvases, as
 * the screens will. It records the frame intervals, the main thread's long tasks and the
 * steps per second, and leaves them in `window.benchResult`.
 */
import { DEFAULT_HYPERPARAMETERS } from '../../src/engine/playground/index.ts';
import { startPlaygroundWorker } from '../../src/workers/startPlaygroundWorker.ts';

interface BenchResult {
  readonly frames: number;
  readonly intervals: number[];
  readonly waits: number[];
  readonly longTasks: number[];
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

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

/** Paints values in [−1, 1] as orange (−) to blue (+), as the Playground's colours go. */
function paint(canvas: HTMLCanvasElement, values: Float32Array, offset: number, n: number) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(n, n);
  for (let i = 0; i < n * n; i++) {
    const v = Math.max(-1, Math.min(1, values[offset + i] ?? 0));
    image.data[4 * i] = v < 0 ? 245 : Math.round(245 - 200 * v);
    image.data[4 * i + 1] = v < 0 ? Math.round(245 + 100 * v) : Math.round(245 - 100 * v);
    image.data[4 * i + 2] = v < 0 ? Math.round(245 + 200 * v) : 245;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

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
const canvases = Array.from({ length: 25 }, () => {
  const c = document.createElement('canvas');
  c.width = 50;
  c.height = 50;
  holder.append(c);
  return c;
});
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
  intervals.push(now - previous);
  previous = now;
  if (!pending) {
    pending = true;
    const asked = performance.now();
    void api.frame({ decision: 100, neurons: 50, delta: true }, recycle).then((frame) => {
      pending = false;
      if (frame === null) return;
      waits.push(performance.now() - asked);
      if (frame.decision) paint(decisionCanvas, frame.decision.values, 0, 100);
      const maps = frame.neurons;
      if (maps) canvases.forEach((c, m) => paint(c, maps.values, m * 2500, 50));
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
      intervals: intervals.slice(30),
      waits: waits.slice(10),
      longTasks,
      stepsPerSecond:
        ((last.iteration - start.iteration) * 1000) / Math.max(1, last.time - start.time),
      iteration: last.iteration,
      trainLoss: last.loss,
    };
  }
}
requestAnimationFrame(onFrame);
