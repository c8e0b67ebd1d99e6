/**
 * Engine benchmarks (`npm run bench`): training throughput of the typed-array Trainer,
 * the immutable trainStep API, trace construction, graph evaluation and scenario parsing.
 *
 * Each case is warmed up, then timed in several runs of a calibrated number of calls; the
 * table shows the median run (and the spread). Results go to bench/results/engine.json.
 * Timing never fails the command: floors are reported as met or missed.
 */
import {
  LECTURE_SCENARIO,
  Trainer,
  buildGraph,
  buildNetworkTrace,
  evaluateGraph,
  mulberry32,
  parseExpression,
  parseScenario,
  parseScenarioText,
  trainStep,
  type GraphScenario,
  type NetworkScenario,
  type Scenario,
} from '../src/engine/index.ts';
import { fmt, loadWarning, machine, median, sourceVersion, table, writeResults } from './common.ts';

const QUICK = process.argv.includes('--quick');
/** Timed runs per case; the median is reported. */
const RUNS = QUICK ? 5 : 15;
/** Wall time of one timed run, and of the warm-up, in milliseconds. */
const RUN_MS = QUICK ? 40 : 150;
const WARMUP_MS = QUICK ? 100 : 500;

/** Keeps results alive so that the JIT cannot drop the work being measured. */
let sink = 0;

interface Measured {
  readonly name: string;
  /** What one "op" is, for the rate column. */
  readonly unit: string;
  /** Median ops per second over the runs, then the slowest and the fastest run. */
  readonly opsPerSecond: number;
  readonly minOpsPerSecond: number;
  readonly maxOpsPerSecond: number;
  /** Median time of one call of the measured function, in microseconds. */
  readonly microsecondsPerCall: number;
  readonly callsPerRun: number;
  readonly runs: number;
  readonly notes?: string;
}

/**
 * Times `call` (which does `opsPerCall` ops). `setup` runs before each timed run, outside
 * the clock, and returns the function to call (so training starts from the same
 * parameters every run).
 */
function measure(
  name: string,
  unit: string,
  opsPerCall: number,
  setup: () => () => number,
  notes?: string,
): Measured {
  let call = setup();
  // Warm-up: long enough for the optimising compiler, and to calibrate the run length.
  let calls = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < WARMUP_MS) {
    for (let i = 0; i < 16; i++) sink += call();
    calls += 16;
  }
  const perCallMs = (performance.now() - warmStart) / calls;
  const callsPerRun = Math.max(1, Math.round(RUN_MS / perCallMs));

  const rates: number[] = [];
  const perCall: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    call = setup();
    const t0 = performance.now();
    for (let i = 0; i < callsPerRun; i++) sink += call();
    const ms = performance.now() - t0;
    rates.push(((callsPerRun * opsPerCall) / ms) * 1000);
    perCall.push((ms / callsPerRun) * 1000);
  }
  return {
    name,
    unit,
    opsPerSecond: median(rates),
    minOpsPerSecond: Math.min(...rates),
    maxOpsPerSecond: Math.max(...rates),
    microsecondsPerCall: median(perCall),
    callsPerRun,
    runs: RUNS,
    ...(notes === undefined ? {} : { notes }),
  };
}

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`bench scenario rejected: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

function network(input: unknown): NetworkScenario {
  const scenario = parsed(input);
  if (scenario.kind !== 'network') throw new Error('expected a network scenario');
  return scenario;
}

/** `count` samples with x uniform in [−1, 1]² and 0/1 targets, the same every time. */
function randomSamples(count: number, inputs: number, outputs: number, seed: number) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    x: Array.from({ length: inputs }, () => 2 * random() - 1),
    y: Array.from({ length: outputs }, () => (random() < 0.5 ? 0 : 1)),
  }));
}

// ---------------------------------------------------------------------------------------
// The scenarios

const LECTURE_JSON = JSON.stringify(LECTURE_SCENARIO);
const lecture = network(JSON.parse(LECTURE_JSON));
const lecture64 = network({ ...JSON.parse(LECTURE_JSON), samples: randomSamples(64, 2, 2, 11) });

const deepLayers = [2, 16, 16, 16, 1];
const deepTanh = network({
  version: 1,
  kind: 'network',
  layers: deepLayers,
  activation: ['tanh', 'tanh', 'tanh', 'sigmoid'],
  loss: 'half-sse',
  samples: randomSamples(64, 2, 1, 12),
  learningRate: 0.1,
  reduction: 'mean',
  seed: 3,
});
const deepSigmoid = network({
  version: 1,
  kind: 'network',
  layers: deepLayers,
  activation: 'sigmoid',
  loss: 'half-sse',
  samples: randomSamples(64, 2, 1, 12),
  learningRate: 0.5,
  reduction: 'mean',
  seed: 3,
});

/** The other activations: every arm of the Trainer's activation dispatch is timed. */
const deepMixed = network({
  version: 1,
  kind: 'network',
  layers: deepLayers,
  activation: ['relu', 'leaky-relu', 'tanh', 'linear'],
  loss: 'half-sse',
  samples: randomSamples(64, 2, 1, 12),
  learningRate: 0.01,
  reduction: 'mean',
  seed: 3,
});

/** 8 hidden layers of 16: the biggest network the browser benchmark plays. */
export const BIG_LAYERS = [2, 16, 16, 16, 16, 16, 16, 16, 16, 2];
const big = network({
  version: 1,
  kind: 'network',
  layers: BIG_LAYERS,
  activation: 'sigmoid',
  loss: 'half-sse',
  samples: [{ x: [1, -1], y: [1, 0] }],
  learningRate: 0.5,
  seed: 1,
});

/**
 * An expression of exactly `operations` gates after sharing: a sum of distinct terms over
 * four variables, each a product, a sum or difference and a sigmoid or tanh, so that the
 * graph is wide (one long chain of sums) rather than deeply nested.
 */
export function generateExpression(operations: number): string {
  const vars = ['x', 'y', 'z', 'w'];
  const terms: string[] = [];
  let gates = 0;
  for (let i = 0; gates < operations; i++) {
    const a = vars[i % 4] as string;
    const b = vars[(i + 1) % 4] as string;
    const c = (1 + i / 10).toFixed(1);
    const left = operations - gates - (terms.length > 0 ? 1 : 0); // gates this term may use
    let term: string;
    if (left >= 3) {
      term = i % 2 === 0 ? `sigmoid(${a}*${c}+${b})` : `tanh(${a}*${c}-${b})`;
      if (i % 3 === 2) term = `${a}*${c}*${b}`; // two gates: ((a*c)*b)
    } else if (left === 2) term = `${a}*${c}*${b}`;
    else term = `${a}*${c}`;
    terms.push(term);
    gates = countGates(terms.join('+'));
  }
  return terms.join('+');
}

function countGates(expression: string): number {
  const result = parseExpression(expression);
  if (!result.ok) throw new Error(`generated expression does not parse: ${result.error.message}`);
  return buildGraph(result.ast).nodes.filter((n) => n.kind === 'gate').length;
}

const GRAPH_OPERATIONS = 200;
const expression = generateExpression(GRAPH_OPERATIONS);
const graphInput = {
  version: 1,
  kind: 'graph',
  expression,
  inputs: { x: 0.5, y: -1.25, z: 2, w: -0.75 },
};
const graph = parsed(graphInput) as GraphScenario;
const graphGates = countGates(expression);

// ---------------------------------------------------------------------------------------
// The cases

const trainer = (scenario: NetworkScenario) => () => {
  const t = new Trainer(scenario);
  return () => t.step();
};

const results: Measured[] = [];
const run = (m: Measured) => {
  results.push(m);
  process.stderr.write(`  ${m.name}: ${fmt(m.opsPerSecond)} ${m.unit}/s\n`);
};

const host = machine();
process.stderr.write(`engine benchmarks (${RUNS} runs of ~${RUN_MS} ms each, median)\n`);
run(
  measure(
    'Trainer.step 2-2-2-2 lecture, 1 sample',
    'sample-steps',
    1,
    trainer(lecture),
    'the lecture network, sigmoid, half-sse',
  ),
);
run(
  measure(
    'Trainer.step 2-2-2-2, 64 samples',
    'sample-steps',
    64,
    trainer(lecture64),
    'lecture weights, 64 random samples, sum',
  ),
);
run(
  measure(
    'Trainer.step 2-16-16-16-1 tanh, 64 samples',
    'sample-steps',
    64,
    trainer(deepTanh),
    'tanh hidden layers, sigmoid output, mean',
  ),
);
run(
  measure(
    'Trainer.step 2-16-16-16-1 sigmoid, 64 samples',
    'sample-steps',
    64,
    trainer(deepSigmoid),
    'sigmoid everywhere, mean',
  ),
);
run(
  measure(
    'Trainer.step 2-16-16-16-1 relu/leaky/tanh/linear, 64 samples',
    'sample-steps',
    64,
    trainer(deepMixed),
    'relu, leaky-relu, tanh hidden layers, linear output, mean',
  ),
);
run(
  measure(
    'trainStep (immutable) 2-2-2-2 lecture',
    'sample-steps',
    1,
    () => {
      let s = lecture;
      return () => {
        s = trainStep(s);
        return s.learningRate;
      };
    },
    'new scenario object per step (what an "apply update" costs)',
  ),
);
run(
  measure('trainStep (immutable) 2-16-16-16-1 tanh, 64', 'sample-steps', 64, () => {
    let s = deepTanh;
    return () => {
      s = trainStep(s);
      return s.learningRate;
    };
  }),
);
run(
  measure(
    'buildNetworkTrace 8×16 (layers 2,16×8,2)',
    'traces',
    1,
    () => () => buildNetworkTrace(big).steps.length,
    `${buildNetworkTrace(big).steps.length} steps, ${big.weights.flat(2).length} weights`,
  ),
);
run(
  measure(
    'buildNetworkTrace 2-2-2-2 lecture',
    'traces',
    1,
    () => () => buildNetworkTrace(lecture).steps.length,
    `${buildNetworkTrace(lecture).steps.length} steps`,
  ),
);
run(
  measure(
    `evaluateGraph, ${graphGates} operations`,
    'evaluations',
    1,
    () => () => evaluateGraph(graph).value,
    `${expression.length} characters, 4 variables; includes parse and DAG build`,
  ),
);
run(
  measure(
    `parseScenario, graph of ${graphGates} operations`,
    'parses',
    1,
    () => () => (parseScenario(graphInput).ok ? 1 : 0),
  ),
);
run(
  measure(
    'parseScenario(lecture JSON object)',
    'parses',
    1,
    () => () => (parseScenario(JSON.parse(LECTURE_JSON) as unknown).ok ? 1 : 0),
    'includes JSON.parse of the 300-byte text',
  ),
);
run(
  measure(
    'parseScenarioText(lecture JSON text)',
    'parses',
    1,
    () => () => (parseScenarioText(LECTURE_JSON).ok ? 1 : 0),
  ),
);

// ---------------------------------------------------------------------------------------
// Floors (issue 8) and the report

const rate = (name: string) => results.find((r) => r.name === name)?.opsPerSecond ?? NaN;
const floors = [
  {
    case: 'Trainer.step 2-2-2-2 lecture, 1 sample',
    floor: 1_000_000,
    unit: 'sample-steps/s',
  },
  { case: 'Trainer.step 2-2-2-2, 64 samples', floor: 1_000_000, unit: 'sample-steps/s' },
  {
    case: 'Trainer.step 2-16-16-16-1 tanh, 64 samples',
    floor: 50_000,
    unit: 'sample-steps/s',
  },
  {
    case: 'Trainer.step 2-16-16-16-1 sigmoid, 64 samples',
    floor: 50_000,
    unit: 'sample-steps/s',
  },
].map((f) => ({ ...f, measured: rate(f.case), met: rate(f.case) >= f.floor }));

const rows = results.map((r) => [
  r.name,
  `${fmt(r.opsPerSecond)}`,
  r.unit + '/s',
  fmt(r.microsecondsPerCall, r.microsecondsPerCall < 10 ? 3 : 1),
  `${fmt(r.minOpsPerSecond)}–${fmt(r.maxOpsPerSecond)}`,
]);
console.log(
  `\n${table(['case', 'median', 'unit', 'µs/call', 'range of runs'], rows)}\n\nFloors (issue 8):`,
);
console.log(
  table(
    ['case', 'floor', 'measured', 'met'],
    floors.map((f) => [f.case, fmt(f.floor), fmt(f.measured), f.met ? 'yes' : 'NO']),
  ),
);

const file = writeResults('engine.json', {
  benchmark: 'engine',
  machine: { ...host, loadAverageAtEnd: machine().loadAverage },
  source: sourceVersion(),
  settings: { runs: RUNS, runMilliseconds: RUN_MS, warmupMilliseconds: WARMUP_MS },
  results,
  floors,
  graphExpression: { operations: graphGates, length: expression.length, expression },
});
console.log(
  `\n${host.cpus} × ${host.cpuModel}, ${host.memoryGiB} GiB, Node ${host.node}. Written to ${file}`,
);
if (loadWarning(host)) console.log(loadWarning(host));
if (sink === 42) console.log(''); // keep `sink` observable
