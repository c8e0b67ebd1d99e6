/**
 * One frame of the data playground in Node: the spiral with a 2-8-8-8-1 tanh network,
 * each part of a frame's maps timed alone, then the worker's loop at 60 frames per
 * second (a frame's maps, then training slices until the next frame is due).
 */
import {
  compileNetwork,
  decisionMap,
  DEFAULT_HYPERPARAMETERS,
  generateDataset,
  MapPlan,
  neuronMaps,
  playgroundSetup,
  PlaygroundRun,
  SetEvaluator,
  toTrainingSet,
} from '../src/engine/playground/index.ts';
import type { PlaygroundConfig } from '../src/workers/playgroundProtocol.ts';
import { PlaygroundSession } from '../src/workers/playgroundSession.ts';
import { median, percentile } from './common.ts';

/** Keeps results alive so that the JIT cannot drop the work. */
let kept = 0;

/** Times the parts of a frame and the loop at 60 fps (batch 10, then all 250 examples). */
export function measureFrame(QUICK: boolean) {
  const spiralRequest = { name: 'spiral', noise: 0, split: 50, seed: 1 } as const;
  const spiral = generateDataset(spiralRequest);
  const choice = {
    features: ['x1', 'x2'],
    hidden: [8, 8, 8],
    activation: 'tanh',
    problem: 'classification',
    seed: 1,
  } as const;
  const spiralSetup = playgroundSetup(choice, spiral.train, {
    loss: 'half-sse',
    reduction: 'mean',
  });
  const net = compileNetwork(spiralSetup.shape);
  const run = new PlaygroundRun(spiralSetup, [
    { from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03 } },
  ]);
  run.advance(200);
  const testSet = new SetEvaluator(
    net,
    spiralSetup.objective,
    toTrainingSet(spiral.test, ['x1', 'x2'], 'half-sse'),
  );
  const neuronPlan = new MapPlan(net, ['x1', 'x2'], 50);
  const decisionPlan = new MapPlan(net, ['x1', 'x2'], 100);
  const neuronOut = new Float32Array(25 * 2500);
  const decisionOut = new Float32Array(10000);
  const deltaOut = new Float32Array(25 * spiral.train.length);
  const timeOf = (work: () => void) => {
    const ms: number[] = [];
    for (let i = 0; i < (QUICK ? 30 : 120); i++) {
      const t0 = performance.now();
      work();
      ms.push(performance.now() - t0);
    }
    return { median: median(ms.slice(10)), p95: percentile(ms.slice(10), 95) };
  };
  const parts = {
    neurons: timeOf(() => void neuronMaps(net, run.theta, neuronPlan, neuronOut)),
    decision: timeOf(() => void decisionMap(net, run.theta, decisionPlan, decisionOut)),
    delta: timeOf(() => void run.inspect(deltaOut)),
    test: timeOf(() => void (kept += testSet.loss(run.theta))),
  };

  /** The worker's loop at 60 fps: a frame's maps, then training slices until the next frame. */
  function at60fps(batchSize: number) {
    const queue: (() => void)[] = [];
    const session = new PlaygroundSession({
      now: () => performance.now(),
      defer: (t) => void queue.push(t),
      // Never paced here: the benchmark trains at full speed.
      later: (t) => void queue.push(t),
    });
    const config: PlaygroundConfig = {
      data: { kind: 'generated', request: spiralRequest },
      network: choice,
      objective: { loss: 'half-sse', reduction: 'mean' },
      log: [{ from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03, batchSize } }],
      iteration: 0,
    };
    session.configure(config);
    session.play();
    const FRAME = 1000 / 60;
    const frames = QUICK ? 60 : 180;
    const frameMs: number[] = [];
    const start = performance.now();
    let first = 0;
    let iteration = 0;
    for (let f = 0; f < frames; f++) {
      const due = start + f * FRAME;
      // As in the worker, at least one training slice runs between two frame requests
      // (they queue behind it); more while the next frame is not due yet.
      do queue.shift()?.();
      while (performance.now() < due);
      const t0 = performance.now();
      const frame = session.frame({ decision: 100, neurons: 50, delta: true });
      frameMs.push(performance.now() - t0);
      iteration = frame?.iteration ?? 0;
      if (f === 0) first = iteration;
    }
    const seconds = (performance.now() - start) / 1000;
    const B = Math.min(batchSize, spiral.train.length);
    const stepsPerSecond = (iteration - first) / seconds;
    return {
      batchSize: B,
      frameMedian: median(frameMs),
      frameP95: percentile(frameMs, 95),
      stepsPerSecond,
      sampleStepsPerSecond: stepsPerSecond * B,
    };
  }
  return { parts, live: [at60fps(10), at60fps(Number.MAX_SAFE_INTEGER)] };
}
