import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { DEFAULT_HYPERPARAMETERS, type Hyperparameters } from './hyperparameters';
import { PlaygroundRun, normaliseLog, type LogEntry } from './run';
import { playgroundSetup } from './setup';

const { train } = generateDataset({ name: 'circle', noise: 10, split: 60, seed: 2 });
const setup = playgroundSetup(
  {
    features: ['x1', 'x2'],
    hidden: [4, 2],
    activation: 'tanh',
    problem: 'classification',
    seed: 5,
  },
  train,
  { loss: 'half-sse', reduction: 'mean' },
);
const base: Hyperparameters = { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.03, batchSize: 10 };

describe('PlaygroundRun', () => {
  it('starts at θ⁰ from the seed and goes on from θᵗ when η changes', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
    expect(Array.from(run.theta)).toEqual(Array.from(setup.theta0));
    run.advance(50);
    const before = Float64Array.from(run.theta);
    run.setHyperparameters({ ...base, learningRate: 0.1 });
    expect(run.iteration).toBe(50);
    expect(run.theta).toEqual(before);
    expect(run.log).toEqual([
      { from: 0, hyper: base },
      { from: 50, hyper: { ...base, learningRate: 0.1 } },
    ]);
  });

  it('counts epochs segment by segment, so a smaller batch never turns the count back', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: { ...base, batchSize: 1000 } }]);
    run.advance(30);
    expect(run.epoch).toBe(30);
    run.setHyperparameters({ ...base, batchSize: 10 });
    run.advance(60);
    expect(run.epoch).toBeCloseTo(30 + (30 * 10) / setup.train.count, 12);
  });

  it('a run replayed from its log, in slices of any size, reaches the same θᵗ bit for bit', () => {
    const live = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
    live.advance(40);
    live.setHyperparameters({ ...base, learningRate: 0.3, batchSize: 7 });
    live.advance(95);
    live.setHyperparameters({
      ...base,
      batchSize: 1000,
      regularization: 'l2',
      regularizationRate: 0.01,
    });
    live.advance(130);
    live.setHyperparameters({ ...base, regularization: 'l1', regularizationRate: 0.003 });
    live.advance(200);

    const replay = new PlaygroundRun(setup, live.log);
    let calls = 0;
    while (replay.iteration < 200) {
      const taken = replay.advance(200, 25); // about three batches of 7–10, or one full batch
      expect(taken).toBeGreaterThan(0);
      calls++;
    }
    expect(calls).toBeGreaterThan(20);
    expect(replay.position).toEqual(live.position);
    expect(Array.from(replay.theta)).toEqual(Array.from(live.theta));
  });

  it('walks the training set in batches from a cursor that wraps', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: { ...base, batchSize: 70 } }]);
    run.advance(5);
    expect(run.position).toEqual({ iteration: 5, cursor: (5 * 70) % train.length });
  });

  it('reset returns to θ⁰ and keeps the settings in force', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
    run.advance(30);
    run.setHyperparameters({ ...base, learningRate: 0.5 });
    run.advance(60);
    run.reset();
    expect(run.position).toEqual({ iteration: 0, cursor: 0 });
    expect(Array.from(run.theta)).toEqual(Array.from(setup.theta0));
    expect(run.log).toEqual([{ from: 0, hyper: { ...base, learningRate: 0.5 } }]);
  });

  it('restores the origin of the settings in force, dropping later log entries', () => {
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
    run.advance(20);
    run.setHyperparameters({ ...base, learningRate: 3 });
    run.advance(45);
    const { position, theta } = run.segmentOrigin;
    expect(position.iteration).toBe(20);
    const reference = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
    reference.advance(20);
    expect(Array.from(theta)).toEqual(Array.from(reference.theta));
    run.restore(position, theta);
    run.setHyperparameters({ ...base, learningRate: 0.3 });
    expect(run.log.map((e) => e.from)).toEqual([0, 20]);
  });

  it('normalises a log read from a link', () => {
    const h = (learningRate: number) => ({ ...base, learningRate });
    const log: LogEntry[] = [
      { from: 30, hyper: h(2) },
      { from: 5, hyper: h(1) },
      { from: 30, hyper: h(3) },
      { from: NaN, hyper: h(9) },
    ];
    expect(normaliseLog(log)).toEqual([
      { from: 0, hyper: h(1) },
      { from: 30, hyper: h(3) },
    ]);
    expect(normaliseLog([])).toEqual([{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }]);
  });

  describe('parameters set by hand', () => {
    it('sets θ[i] now, records it at t, and goes on from there', () => {
      const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      run.advance(25);
      const before = Float64Array.from(run.theta);
      expect(run.editParameter(3, 1.25)).toBe(true);
      expect(run.theta[3]).toBe(1.25);
      expect(Array.from(run.theta).filter((v, i) => v !== before[i])).toEqual([1.25]);
      expect(run.log).toEqual([
        { from: 0, hyper: base },
        { from: 25, hyper: base, edits: [{ index: 3, value: 1.25 }] },
      ]);
      // A second edit of the same and of another parameter at the same t: one entry, the
      // last value of each.
      run.editParameter(3, -2);
      run.editParameter(0, 0.5);
      expect(run.log.at(-1)?.edits).toEqual([
        { index: 3, value: -2 },
        { index: 0, value: 0.5 },
      ]);
    });

    it('a changed setting at the same iteration keeps the edits made there', () => {
      const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      run.advance(10);
      run.editParameter(2, 0.75);
      run.setHyperparameters({ ...base, learningRate: 0.3 });
      expect(run.log.at(-1)).toEqual({
        from: 10,
        hyper: { ...base, learningRate: 0.3 },
        edits: [{ index: 2, value: 0.75 }],
      });
    });

    it('refuses an index outside θ or a value that is not finite, changing nothing', () => {
      const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      const n = run.theta.length;
      for (const [i, v] of [
        [-1, 1],
        [n, 1],
        [1.5, 1],
        [0, NaN],
        [0, Infinity],
      ] as const)
        expect(run.editParameter(i, v)).toBe(false);
      expect(run.log).toEqual([{ from: 0, hyper: base }]);
      expect(Array.from(run.theta)).toEqual(Array.from(setup.theta0));
    });

    it('a replay of the log reaches the same θᵗ bit for bit, edits at t = 0 included', () => {
      const live = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      live.editParameter(1, 2);
      live.advance(30);
      live.editParameter(5, -1.5);
      live.setHyperparameters({ ...base, learningRate: 0.2 });
      live.advance(70);
      live.editParameter(0, 0.125);
      live.advance(90);
      expect(live.log.map((e) => [e.from, e.edits?.length ?? 0])).toEqual([
        [0, 1],
        [30, 1],
        [70, 1],
      ]);
      const replay = new PlaygroundRun(setup, live.log);
      while (replay.iteration < 90) replay.advance(90, 17);
      expect(Array.from(replay.theta)).toEqual(Array.from(live.theta));
      // The edit changed the run: without it the same log gives another θ.
      const without = new PlaygroundRun(
        setup,
        live.log.map(({ from, hyper }) => ({ from, hyper })),
      );
      without.advance(90);
      expect(Array.from(without.theta)).not.toEqual(Array.from(live.theta));
    });

    it('a replay that stops at an entry shows its settings and its edits', () => {
      const live = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      live.advance(40);
      live.editParameter(4, 3);
      live.setHyperparameters({ ...base, learningRate: 0.5 });
      const replay = new PlaygroundRun(setup, live.log);
      replay.advance(40);
      expect(replay.iteration).toBe(40);
      expect(replay.theta[4]).toBe(3);
      expect(replay.hyperparameters.learningRate).toBe(0.5);
      expect(Array.from(replay.theta)).toEqual(Array.from(live.theta));
    });

    it('the origin of the settings in force includes the edits made there', () => {
      const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      run.advance(15);
      run.editParameter(2, -4);
      run.advance(35);
      expect(run.segmentOrigin.position.iteration).toBe(15);
      expect(run.segmentOrigin.theta[2]).toBe(-4);
    });

    it('reset keeps those made at t = 0 (a chosen start) and drops the later ones', () => {
      const run = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      run.editParameter(0, 9);
      run.advance(5);
      run.editParameter(1, -3);
      run.advance(9);
      run.reset();
      expect(run.log).toEqual([{ from: 0, hyper: base, edits: [{ index: 0, value: 9 }] }]);
      const start = Float64Array.from(setup.theta0);
      start[0] = 9;
      expect(Array.from(run.theta)).toEqual(Array.from(start));
      const plain = new PlaygroundRun(setup, [{ from: 0, hyper: base }]);
      plain.advance(5);
      plain.editParameter(1, -3);
      plain.reset();
      expect(plain.log).toEqual([{ from: 0, hyper: base }]);
      expect(Array.from(plain.theta)).toEqual(Array.from(setup.theta0));
    });

    it('normalising a log keeps them', () => {
      const edits = [{ index: 1, value: 0.5 }];
      expect(normaliseLog([{ from: 0, hyper: base, edits }])).toEqual([
        { from: 0, hyper: base, edits },
      ]);
    });
  });
});
