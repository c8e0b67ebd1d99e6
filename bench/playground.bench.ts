/**
 * Data playground benchmarks (`npm run bench:playground -- [--peer DIR] [--browser] [--quick]`):
 *
 * 1. Training throughput on TensorFlow Playground's own work (2-8-8-1 tanh, 32 examples,
 *    mean half-SSE, plain gradient descent, η = 0.03): this engine's BatchTrainer, the
 *    app's Trainer and, when `--peer` names a Playground checkout or git directory, the
 *    Playground's nn.ts, side by side in one run, from the same θ⁰ on the same data. Both
 *    must reach the same loss after the same steps: the losses are printed.
 * 2. The machine's scalar float64 dot-product rate, measured in the same run, next to the
 *    GFLOP/s the trainer achieves.
 * 3. A frame of the spiral with a 2-8-8-8-1 network: every neuron's 50×50 map, the
 *    100×100 decision map, δ over the training examples and the test loss, then training
 *    at 60 frames per second as the worker does it (in Node, one thread).
 * 4. With `--browser`: the same in headless Chromium, the worker in its own thread and
 *    the page drawing every map each frame (frame intervals, long tasks, steps/s).
 * 5. With `--browser`: the app itself (a production build, `--no-build` reuses it,
 *    `--app-dist=DIR` measures another build): the
 *    Data mode training that spiral on a laptop screen and in presenter mode, drawing
 *    what a user sees (neuron diagram with its edges, decision map, loss curves, gradient
 *    panel): frame intervals, long tasks, frames that showed a new iteration, steps/s.
 *
 * Prints tables, writes bench/results/playground.json, never fails on timing.
 */
import { Trainer, type NetworkScenario } from '../src/engine/index.ts';
import {
  BatchTrainer,
  DEFAULT_HYPERPARAMETERS,
  generateDataset,
  parameterLayout,
  playgroundSetup,
  SetEvaluator,
  unpackParameters,
  type Hyperparameters,
} from '../src/engine/playground/index.ts';
import { fmt, loadWarning, machine, median, sourceVersion, table, writeResults } from './common.ts';
import { loadavg } from 'node:os';
import { measureApp } from './playgroundApp.ts';
import { measureBrowser } from './playgroundBrowser.ts';
import { measureFrame } from './playgroundFrame.ts';
import { loadPeer, peerTrainer } from './playgroundPeer.ts';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const peerDir = args.includes('--peer') ? args[args.indexOf('--peer') + 1] : undefined;
/** --app-dist=DIR measures another build of the app (for example of an earlier commit). */
const appDist = args.find((a) => a.startsWith('--app-dist='))?.slice('--app-dist='.length);
const RUNS = QUICK ? 5 : 11;
const RUN_MS = QUICK ? 60 : 200;
let sink = 0;

/** Rates (ops/s) of `runs` timed runs of about RUN_MS each, after a warm-up. */
function rates(make: () => () => number, opsPerCall: number, runs = RUNS): number[] {
  let call = make();
  const warm = performance.now();
  let calls = 0;
  while (performance.now() - warm < RUN_MS * 2) {
    sink += call();
    calls++;
  }
  const perRun = Math.max(1, Math.round((calls / 2) * 1));
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    call = make();
    const t0 = performance.now();
    for (let i = 0; i < perRun; i++) sink += call();
    out.push(((perRun * opsPerCall) / (performance.now() - t0)) * 1000);
  }
  return out;
}

const summary = (values: number[]) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});
const range = (s: { min: number; max: number }, scale = 1, digits = 0) =>
  `${fmt(s.min / scale, digits)}–${fmt(s.max / scale, digits)}`;

// ---------------------------------------------------------------------------------------
// 1 and 2: training throughput on the Playground's work

const host = machine();
const LAYERS = [2, 8, 8, 1];
const ETA = 0.03;
const { train: points } = generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1, count: 64 });
const N = points.length; // 32
const setup = playgroundSetup(
  {
    features: ['x1', 'x2'],
    hidden: [8, 8],
    activation: 'tanh',
    problem: 'classification',
    seed: 3,
  },
  points,
  { loss: 'half-sse', reduction: 'mean' },
);
const hyper: Hyperparameters = { ...DEFAULT_HYPERPARAMETERS, learningRate: ETA, batchSize: N };
const { weights, biases } = unpackParameters(parameterLayout(LAYERS), setup.theta0);
const scenario: NetworkScenario = {
  version: 1,
  kind: 'network',
  layers: LAYERS,
  activation: ['tanh', 'tanh', 'tanh'],
  loss: 'half-sse',
  weights,
  biases,
  samples: points.map((p) => ({ x: [p.x1, p.x2], y: [p.label] })),
  learningRate: ETA,
  reduction: 'mean',
};

/** Floating-point operations of one sample-step (multiply-add = 2; tanh not counted). */
function flopsPerSampleStep(layers: readonly number[]): number {
  const w = layers.slice(1).map((n, l) => n * (layers[l] as number));
  const sumW = w.reduce((a, b) => a + b, 0);
  const neurons = layers.slice(1).reduce((a, b) => a + b, 0);
  const params = sumW + neurons;
  // forward Σ W, δ through W_l for l ≥ 1, ∂W = δ·xᵀ: 3ΣW − W₀ multiply-adds; per neuron
  // the gain (2), δ = gain·s (1) and ∂b (1); the update 2 per parameter per batch.
  return 2 * (3 * sumW - (w[0] ?? 0)) + 4 * neurons + (2 * params) / N;
}
const FLOPS = flopsPerSampleStep(LAYERS);

const ours = () => {
  const t = new BatchTrainer(setup.shape, setup.objective, setup.train, setup.theta0);
  return {
    step: () => t.step(0, hyper),
    loss: () => new SetEvaluator(t.net, t.objective, t.data).loss(t.theta),
  };
};
const app = () => {
  const t = new Trainer(scenario);
  return { step: () => t.step(), loss: () => t.computeGradient() };
};

const peer = peerDir === undefined ? 'peer not given (--peer DIR)' : await loadPeer(peerDir);
const peerMake =
  typeof peer === 'string'
    ? null
    : () =>
        peerTrainer(
          peer.module,
          LAYERS,
          weights,
          biases,
          points.map((p) => [p.x1, p.x2]),
          points.map((p) => p.label),
          ETA,
        );

process.stderr.write(`playground benchmarks (${RUNS} runs of ~${RUN_MS} ms each)\n`);
const engines = [
  { name: 'this engine (BatchTrainer)', make: ours },
  { name: 'the app’s Trainer', make: app },
  ...(peerMake ? [{ name: 'TensorFlow Playground nn.ts', make: peerMake }] : []),
];
// Interleaved runs, so that a busy moment of the machine hits every engine alike.
const samples = new Map(engines.map((e) => [e.name, [] as number[]]));
for (let round = 0; round < RUNS; round++)
  for (const e of engines) samples.get(e.name)?.push(...rates(() => e.make().step, N, 1));
const STEPS = 1000;
const training = engines.map((e) => {
  const engine = e.make();
  for (let i = 0; i < STEPS; i++) engine.step();
  const s = summary(samples.get(e.name) ?? []);
  process.stderr.write(`  ${e.name}: ${fmt(s.median / 1e3)} k sample-steps/s\n`);
  return { name: e.name, ...s, gflops: (s.median * FLOPS) / 1e9, lossAfter: engine.loss() };
});

/**
 * Σ aᵢbᵢ with one accumulator: the machine's scalar float64 rate for a loop of
 * dependent additions. A plain function of its arrays, so that V8 compiles the same code
 * for every call (a closure over the arrays, re-created per run, runs at half the speed).
 */
function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** The dot product's rate for n = 1,024 (both arrays fit in the first-level cache). */
function dotPeak(): number[] {
  const n = 1024;
  const a = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
  return rates(() => () => dot(a, b), 2 * n);
}
const peak = summary(dotPeak());

// ---------------------------------------------------------------------------------------
// 3: maps per frame, spiral, 2-8-8-8-1

const { parts, live } = measureFrame(QUICK);

// 4 (with --browser): the worker in headless Chromium, the page drawing every map.
const browserRun = args.includes('--browser')
  ? await measureBrowser([10, Number.MAX_SAFE_INTEGER], QUICK ? 3 : 8)
  : 'not run (add --browser)';
// 5 (with --browser): the app's own Data mode.
const appRun = args.includes('--browser')
  ? await measureApp(QUICK ? 4 : 10, !args.includes('--no-build'), appDist)
  : 'not run (add --browser)';
const loadAfter = loadavg().map((l) => fmt(l, 2));

// ---------------------------------------------------------------------------------------
// Report

const oursRow = training[0];
const peerRow = training.find((t) => t.name.startsWith('TensorFlow'));
const ratio = oursRow && peerRow ? oursRow.median / peerRow.median : NaN;
// Each round times every engine back to back, so the ratio within a round is fair even
// when other work slows the machine down between rounds.
const oursRuns = samples.get(engines[0]?.name ?? '') ?? [];
const peerRuns = peerRow ? (samples.get(peerRow.name) ?? []) : [];
const paired = summary(peerRuns.map((p, i) => (oursRuns[i] ?? NaN) / p));
const lines: string[] = [];
lines.push(
  `work: ${LAYERS.join('-')} tanh, ${N} examples, mean half-SSE, plain gradient descent, η = ${ETA}, batch = all`,
);
lines.push(
  `      ≈ ${fmt(FLOPS, 0)} flops per sample-step; peer: ${typeof peer === 'string' ? peer : peer.source}`,
);
lines.push('');
lines.push(
  table(
    ['engine', 'sample-steps/s (median)', 'range', 'GFLOP/s', `loss after ${STEPS} steps`],
    training.map((t) => [
      t.name,
      `${fmt(t.median / 1e3)} k`,
      `${range(t, 1e3)} k`,
      fmt(t.gflops, 2),
      String(t.lossAfter),
    ]),
  ),
);
lines.push('');
lines.push(
  `ratio to the Playground's nn.ts: ${Number.isNaN(ratio) ? 'peer not given' : `${fmt(ratio, 2)}× of the medians; ${fmt(paired.median, 2)}× (${range(paired, 1, 2)}) round by round (floor 3×: ${paired.median >= 3 ? 'met' : 'missed'})`}`,
);
if (oursRow && peerRow)
  lines.push(
    `same loss after ${STEPS} steps: |Δ| = ${Math.abs(oursRow.lossAfter - peerRow.lossAfter)}`,
  );
lines.push(
  `scalar float64 dot product (n = 1024, one accumulator): ${fmt(peak.median / 1e9, 2)} GFLOP/s (${range(peak, 1e9, 2)})`,
);
lines.push('');
lines.push('spiral, 2-8-8-8-1 tanh, 250 training and 250 test points: one frame');
lines.push(
  table(
    ['part', 'median', 'p95'],
    [
      [
        '25 neuron maps, 50×50',
        `${fmt(parts.neurons.median, 2)} ms`,
        `${fmt(parts.neurons.p95, 2)} ms`,
      ],
      [
        'decision map, 100×100',
        `${fmt(parts.decision.median, 2)} ms`,
        `${fmt(parts.decision.p95, 2)} ms`,
      ],
      [
        'δ over 250 examples + gains',
        `${fmt(parts.delta.median, 2)} ms`,
        `${fmt(parts.delta.p95, 2)} ms`,
      ],
      ['test loss, 250 points', `${fmt(parts.test.median, 2)} ms`, `${fmt(parts.test.p95, 2)} ms`],
      ...live.map((l) => [
        `whole frame (session.frame), batch ${l.batchSize}`,
        `${fmt(l.frameMedian, 2)} ms`,
        `${fmt(l.frameP95, 2)} ms`,
      ]),
    ],
  ),
);
lines.push('');
lines.push(
  table(
    ['training at 60 fps with every map every frame', 'steps/s', 'sample-steps/s'],
    live.map((l) => [`batch ${l.batchSize}`, fmt(l.stepsPerSecond), fmt(l.sampleStepsPerSecond)]),
  ),
);
lines.push('');
if (typeof browserRun === 'string') lines.push(`headless Chromium: ${browserRun}`);
else {
  lines.push(
    'headless Chromium: the worker trains the spiral, the page draws every map each frame',
  );
  lines.push(
    table(
      [
        'batch',
        'frame interval p50 / p95 / worst',
        'frames > 17.5 ms',
        'long tasks training (longest)',
        'start: longest task',
        'answer p50',
        'steps/s',
      ],
      browserRun.map((b) => [
        String(Math.min(b.batchSize, 250)),
        `${fmt(b.intervalP50, 1)} / ${fmt(b.intervalP95, 1)} / ${fmt(b.intervalWorst, 0)} ms`,
        `${b.slowFrames} of ${b.intervals}`,
        `${b.longTasks} (${fmt(b.longestTask, 0)} ms)`,
        `${fmt(b.longestStartTask, 0)} ms`,
        `${fmt(b.waitP50, 1)} ms`,
        fmt(b.stepsPerSecond),
      ]),
    ),
  );
  for (const b of browserRun)
    if (b.errors.length > 0) lines.push(`  errors: ${b.errors.join(' | ')}`);
}
lines.push('');
if (typeof appRun === 'string') lines.push(`the app's Data mode: ${appRun}`);
else {
  lines.push(
    "the app's Data mode (production build), Play on the spiral, 2-8-8-8-1, maps 50×50 and 100×100:",
  );
  lines.push(
    table(
      [
        'view',
        'thumbnail',
        'frame interval p50 / p95 / worst',
        'frames > 17.5 ms',
        'long tasks (longest)',
        'frames with a new iteration',
        'steps/s',
      ],
      appRun.map((a) => [
        a.view,
        Number.isNaN(a.thumb) ? '?' : `${a.thumb} px`,
        `${fmt(a.intervalP50, 1)} / ${fmt(a.intervalP95, 1)} / ${fmt(a.intervalWorst, 0)} ms`,
        `${a.slowFrames} of ${a.frames}`,
        `${a.longTasks} (${fmt(a.longestTask, 0)} ms)`,
        `${a.drawn} of ${a.frames}`,
        fmt(a.stepsPerSecond),
      ]),
    ),
  );
  for (const a of appRun) if (a.errors.length > 0) lines.push(`  errors: ${a.errors.join(' | ')}`);
}
lines.push(`load average after the browser runs: ${loadAfter.join(' ')} (${host.cpus} CPUs)`);
const warning = loadWarning(host);
if (warning) lines.push('', warning);
process.stdout.write(`${lines.join('\n')}\n`);

const file = writeResults('playground.json', {
  machine: host,
  source: sourceVersion(),
  work: { layers: LAYERS, examples: N, eta: ETA, flopsPerSampleStep: FLOPS, steps: STEPS },
  peer: typeof peer === 'string' ? peer : peer.source,
  training,
  ratio,
  pairedRatio: paired,
  dotProductGflops: {
    ...peak,
    median: peak.median / 1e9,
    min: peak.min / 1e9,
    max: peak.max / 1e9,
  },
  frame: { parts, live },
  browser: browserRun,
  app: appRun,
  loadAfter,
  sink: sink === 0 ? 0 : 1,
});
process.stderr.write(`results: ${file}\n`);
// A temporary import through tsx keeps nothing alive; exit at once.
process.exit(0);
