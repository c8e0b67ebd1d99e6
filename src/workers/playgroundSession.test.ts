import { describe, expect, it } from 'vitest';
import {
  compileNetwork,
  decisionMap,
  DEFAULT_HYPERPARAMETERS,
  generateDataset,
  MapPlan,
  playgroundSetup,
  PlaygroundRun,
  type Hyperparameters,
} from '../engine/playground';
import type { PlaygroundConfig, PlaygroundFrame } from './playgroundProtocol';
import { PlaygroundSession, SLICE_MS } from './playgroundSession';
import { testScheduler } from './testScheduler';

const hyper: Hyperparameters = { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03, batchSize: 10 };
const spiral: PlaygroundConfig = {
  data: { kind: 'generated', request: { name: 'spiral', noise: 0, split: 50, seed: 3 } },
  network: {
    features: ['x1', 'x2'],
    hidden: [8, 8, 8],
    activation: 'tanh',
    problem: 'classification',
    seed: 1,
  },
  objective: { loss: 'half-sse', reduction: 'mean' },
  log: [{ from: 0, hyper }],
  iteration: 0,
};

function frameOf(session: PlaygroundSession, request = {}): PlaygroundFrame {
  const frame = session.frame(request);
  if (frame === null) throw new Error('no frame');
  return frame;
}

/** θ at the frame's iteration, replayed by a fresh run from the frame's log. */
function replayed(config: PlaygroundConfig, frame: PlaygroundFrame): Float64Array {
  const { train } = generateDataset(
    config.data.kind === 'generated'
      ? config.data.request
      : { name: 'xor', noise: 0, split: 50, seed: 0 },
  );
  const run = new PlaygroundRun(
    playgroundSetup(config.network, train, config.objective),
    frame.log,
  );
  run.advance(frame.iteration);
  return run.theta;
}

describe('PlaygroundSession', () => {
  it('sends the maps of a 2-8-8-8-1 network on the spiral, the points with the first frame', () => {
    const session = new PlaygroundSession(testScheduler());
    expect(session.frame()).toBeNull();
    expect(session.configure(spiral)).toEqual({ ok: true, layers: [2, 8, 8, 8, 1] });
    const first = frameOf(session);
    expect(first.iteration).toBe(0);
    expect(first.points?.train).toHaveLength(250);
    expect(first.points?.test).toHaveLength(250);
    expect(first.decision?.values).toHaveLength(100 * 100);
    expect(first.neurons?.values).toHaveLength(25 * 50 * 50);
    expect(first.delta?.values).toHaveLength(25 * 250);
    expect(first.trainLoss).toBeGreaterThan(0);
    expect(first.testLoss).toBeGreaterThan(0);
    const setup = playgroundSetup(spiral.network, first.points?.train ?? [], spiral.objective);
    const net = compileNetwork(setup.shape);
    expect(first.decision?.values).toEqual(
      decisionMap(net, setup.theta0, new MapPlan(net, ['x1', 'x2'], 100)),
    );
    const second = frameOf(session, { decision: 0, neurons: 10, delta: false });
    expect(second.points).toBeNull();
    expect(second.decision).toBeNull();
    expect(second.delta).toBeNull();
    expect(second.neurons?.values).toHaveLength(25 * 100);
  });

  it('trains in slices while playing; every frame’s θ is the replay of its log', () => {
    const scheduler = testScheduler();
    const session = new PlaygroundSession(scheduler);
    session.configure(spiral);
    session.play();
    expect(scheduler.pump(3)).toBe(3);
    const a = frameOf(session);
    expect(a.playing).toBe(true);
    expect(a.iteration).toBeGreaterThan(0);
    session.setHyperparameters({
      ...hyper,
      learningRate: 0.1,
      regularization: 'l2',
      regularizationRate: 0.001,
    });
    scheduler.pump(3);
    const b = frameOf(session);
    expect(b.log.map((e) => e.from)).toEqual([0, a.iteration]);
    expect(b.iteration).toBeGreaterThan(a.iteration);
    expect(Array.from(b.theta)).toEqual(Array.from(replayed(spiral, b)));
    session.pause();
    scheduler.pump();
    expect(scheduler.pending).toBe(0);
    expect(frameOf(session).iteration).toBe(b.iteration);
  });

  it('trains at the chosen speed, the same steps as at full speed, and full speed again at once', () => {
    const scheduler = testScheduler();
    const session = new PlaygroundSession(scheduler);
    session.configure(spiral);
    session.setSpeed(60);
    session.play();
    const start = scheduler.now();
    while (scheduler.now() - start < 1000) scheduler.pump(1);
    const paced = frameOf(session);
    // The first step at once, then one every 1/60 s.
    expect(paced.iteration).toBeGreaterThanOrEqual(59);
    expect(paced.iteration).toBeLessThanOrEqual(62);
    expect(Array.from(paced.theta)).toEqual(Array.from(replayed(spiral, paced)));
    session.setSpeed(null);
    scheduler.pump(3);
    expect(frameOf(session).iteration).toBeGreaterThan(paced.iteration + 1000);
    // Pausing stops the paced chain too: nothing is left to run.
    session.setSpeed(5);
    session.pause();
    scheduler.pump();
    expect(scheduler.pending).toBe(0);
  });

  it('replays a link’s iteration in slices that each stay within the time budget', () => {
    const scheduler = testScheduler(1);
    const session = new PlaygroundSession(scheduler);
    const link = {
      ...spiral,
      log: [
        { from: 0, hyper },
        { from: 300, hyper: { ...hyper, batchSize: 25 } },
      ],
      iteration: 2000,
    };
    session.configure(link);
    let slices = 0;
    while (scheduler.pending > 0) {
      const before = scheduler.now();
      scheduler.pump(1);
      // Each look at the clock costs 1 ms here; a slice stops once SLICE_MS have passed.
      expect(scheduler.now() - before).toBeLessThanOrEqual(SLICE_MS + 2);
      slices++;
    }
    const frame = frameOf(session);
    expect(slices).toBeGreaterThan(5);
    expect(frame.iteration).toBe(2000);
    expect(frame.replayTarget).toBeNull();
    expect(Array.from(frame.theta)).toEqual(Array.from(replayed(link, frame)));
  });

  it('warns on divergence, suggests a tried η, and goes on from there with it', () => {
    const scheduler = testScheduler();
    const session = new PlaygroundSession(scheduler);
    const regression: PlaygroundConfig = {
      data: { kind: 'generated', request: { name: 'reg-plane', noise: 0, split: 50, seed: 1 } },
      network: {
        features: ['x1', 'x2'],
        hidden: [4],
        activation: 'tanh',
        problem: 'regression',
        seed: 2,
      },
      objective: { loss: 'half-sse', reduction: 'mean' },
      log: [{ from: 0, hyper: { ...hyper, learningRate: 3, batchSize: 1000 } }],
      iteration: 0,
    };
    session.configure(regression);
    const start = frameOf(session).trainLoss;
    session.step(20);
    const warned = frameOf(session);
    expect(warned.warning?.code).toBe('exploding');
    expect(warned.searching).toBe(true);
    while (scheduler.pending > 0) scheduler.pump(1);
    const suggested = frameOf(session).suggestion;
    expect(suggested?.learningRate).toBeLessThan(3);
    expect(suggested?.trials.map((t) => t.learningRate)).toContain(suggested?.learningRate);
    expect(session.applySuggestion()).toBe(true);
    session.step(200);
    const after = frameOf(session);
    expect(after.warning).toBeNull();
    expect(after.log.at(-1)).toEqual({
      from: 0,
      hyper: { ...hyper, batchSize: 1000, learningRate: suggested?.learningRate },
    });
    expect(after.trainLoss).toBeLessThan(start / 2);
  });

  it('drops the warning and its η search when the loss falls back below where it rose from', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure({
      ...spiral,
      data: { kind: 'generated', request: { name: 'spiral', noise: 50, split: 90, seed: 1 } },
      network: {
        ...spiral.network,
        features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
        hidden: [4, 4, 4, 4, 4, 4],
      },
      log: [{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }],
    });
    let warned: PlaygroundFrame | null = null;
    const small = { decision: 2, neurons: 2, delta: false };
    let frame = frameOf(session, small);
    while (frame.iteration < 3000) {
      session.step(10);
      frame = frameOf(session, small);
      if (warned === null && frame.warning !== null) warned = frame;
    }
    expect(warned?.warning?.code).toBe('rising');
    expect(warned?.searching).toBe(true);
    expect(frame.warning).toBeNull();
    expect(frame.searching).toBe(false);
    expect(frame.suggestion).toBeNull();
  });

  it('calls a plateau stalled when a smaller η, tried as long, goes far lower, and only then', () => {
    const xor = (eta: number, hidden: number[]): PlaygroundConfig => ({
      ...spiral,
      data: { kind: 'generated', request: { name: 'xor', noise: 0, split: 50, seed: 1 } },
      network: { ...spiral.network, hidden },
      log: [{ from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: eta } }],
    });
    const small = { decision: 2, neurons: 2, delta: false };
    /** Steps to `steps`, letting the worker's η search run between. */
    const train = (config: PlaygroundConfig, steps: number) => {
      const scheduler = testScheduler();
      const session = new PlaygroundSession(scheduler);
      session.configure(config);
      let frame = frameOf(session, small);
      while (frame.iteration < steps) {
        session.step(50);
        while (scheduler.pending > 0) scheduler.pump(1);
        frame = frameOf(session, small);
      }
      return frame;
    };
    // The Playground's XOR at η = 10 sits at 0.464 for good; η = 3 reaches 0.0005.
    const stuck = train(xor(10, [4, 2]), 1500);
    expect(stuck.warning).toMatchObject({ code: 'stalled', value: 200 });
    expect(stuck.warning?.loss).toBeGreaterThan(0.4);
    const eta = stuck.suggestion?.learningRate ?? NaN;
    expect(eta).toBeLessThan(10);
    const tried = stuck.suggestion?.trials.find((trial) => trial.learningRate === eta);
    expect(tried?.lossAfter).toBeLessThan(0.5 * (stuck.warning?.loss ?? 0));
    // One neuron cannot fit XOR at any η: its plateau is the network's, and nothing is said.
    const limited = train(xor(0.3, [1]), 1500);
    expect(limited.trainLoss).toBeGreaterThan(0.2);
    expect(limited.warning).toBeNull();
    expect(limited.searching).toBe(false);
    expect(limited.suggestion).toBeNull();
  });

  it('keeps a step call short and refuses settings out of range', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure({ ...spiral, log: [{ from: 0, hyper: { ...hyper, batchSize: 1000 } }] });
    const taken = session.step(1e9);
    // 250 examples a step: the budget of 100,000 sample-steps allows 400.
    expect(taken).toBe(400);
    expect(session.setHyperparameters({ ...hyper, learningRate: 0 })).toBe(false);
    expect(session.setHyperparameters({ ...hyper, regularizationRate: NaN })).toBe(false);
    expect(frameOf(session).log).toHaveLength(1);
    expect(session.setHyperparameters({ ...hyper, learningRate: 0.1 })).toBe(true);
    expect(frameOf(session).log.map((e) => e.from)).toEqual([0, 400]);
  });

  it('sends the same maps again while θ stays, and fresh ones once it changes', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure(spiral);
    const atStart = frameOf(session);
    session.step(30);
    const moved = frameOf(session);
    const again = frameOf(session);
    expect(again.decision?.values).toEqual(moved.decision?.values);
    expect(again.neurons?.values).toEqual(moved.neurons?.values);
    expect(again.decision?.values.buffer).not.toBe(moved.decision?.values.buffer);
    expect(moved.decision?.values).not.toEqual(atStart.decision?.values);
    session.reset();
    expect(frameOf(session).decision?.values).toEqual(atStart.decision?.values);
  });

  it('reuses the buffers the page hands back', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure(spiral);
    const first = frameOf(session);
    const buffer = first.decision?.values.buffer;
    if (!(buffer instanceof ArrayBuffer)) throw new Error('no buffer');
    const next = session.frame({}, [buffer]);
    expect(next?.decision?.values.buffer).toBe(buffer);
  });

  it('refuses a bad configuration with named problems, keeping the run it had', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure(spiral);
    session.step(5);
    const result = session.configure({
      ...spiral,
      network: { ...spiral.network, features: [], hidden: [8, 0, 9] },
      log: [{ from: 0, hyper: { ...hyper, learningRate: -1 } }],
      iteration: -3,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'no-features' },
        { code: 'bad-layer-size', index: 1, limit: 8 },
        { code: 'bad-layer-size', index: 2, limit: 8 },
        { code: 'bad-iteration', limit: 1e7 },
        { code: 'bad-hyperparameter', index: 0 },
      ],
    });
    expect(frameOf(session).iteration).toBe(5);
  });

  it('sets a typed weight at θᵗ, redraws the maps, and records it so a replay matches', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure(spiral);
    session.step(20);
    const before = frameOf(session);
    expect(session.editParameter(7, 2.5)).toBe(true);
    const after = frameOf(session);
    expect(after.iteration).toBe(20);
    expect(after.theta[7]).toBe(2.5);
    expect(after.decision?.values).not.toEqual(before.decision?.values);
    expect(after.log.at(-1)).toEqual({ from: 20, hyper, edits: [{ index: 7, value: 2.5 }] });
    session.step(15);
    const later = frameOf(session);
    expect(Array.from(replayed(spiral, later))).toEqual(Array.from(later.theta));
    // A link of that run (its log, its iteration) opens to the same θ.
    const scheduler = testScheduler();
    const linked = new PlaygroundSession(scheduler);
    linked.configure({ ...spiral, log: later.log, iteration: later.iteration });
    scheduler.pump();
    expect(Array.from(frameOf(linked).theta)).toEqual(Array.from(later.theta));
  });

  it('refuses a typed value out of range or an index the network lacks, changing nothing', () => {
    const session = new PlaygroundSession(testScheduler());
    session.configure(spiral);
    const size = frameOf(session).theta.length;
    expect(session.editParameter(0, 2e6)).toBe(false);
    expect(session.editParameter(0, NaN)).toBe(false);
    expect(session.editParameter(size, 1)).toBe(false);
    expect(frameOf(session).log).toEqual([{ from: 0, hyper }]);
    const result = session.configure({
      ...spiral,
      log: [{ from: 0, hyper, edits: [{ index: size, value: 1 }] }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'bad-parameter-edit', index: 0, limit: 1e6 }],
    });
  });
});
