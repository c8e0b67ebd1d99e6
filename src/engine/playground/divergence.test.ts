import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import type { NetworkScenario } from '../network/types';
import { SINE_SCENARIO, XOR_SCENARIO } from '../training/presets';
import { generateDataset } from './datasets';
import { DivergenceMonitor } from './divergence';
import { EtaSearch, etaLadder } from './etaSearch';
import { DEFAULT_HYPERPARAMETERS } from './hyperparameters';
import { PlaygroundRun } from './run';
import { playgroundSetup, scenarioSetup } from './setup';

/** Trains up to `steps` steps, checking the gains every `every` steps, until a warning. */
function trainWatching(
  scenario: NetworkScenario,
  eta: number,
  steps: number,
  every = 1,
): PlaygroundRun {
  const { setup, hyper } = scenarioSetup(scenario);
  const run = new PlaygroundRun(setup, [{ from: 0, hyper: { ...hyper, learningRate: eta } }]);
  run.inspect();
  while (run.iteration < steps && run.warning === null) {
    run.advance(Math.min(steps, run.iteration + every));
    run.inspect();
  }
  return run;
}

/** Searches for an η from where the run's settings took effect, to the end. */
function suggest(run: PlaygroundRun) {
  const { position, theta } = run.segmentOrigin;
  const search = new EtaSearch(run.setup, position, theta, run.hyperparameters);
  let slices = 0;
  while (!search.advance(2000)) slices++;
  return { ...search.result, slices };
}

/** Whether η trains the scenario for `steps` steps without any warning. */
function trainsCleanly(scenario: NetworkScenario, eta: number, steps: number): boolean {
  const run = trainWatching(scenario, eta, steps, 10);
  return run.warning === null && run.iteration === steps;
}

describe('divergence caught early', () => {
  it('the lecture network at η = 10⁶: loss exactly 0 with every σ′ = 0 is saturation', () => {
    const run = trainWatching(LECTURE_SCENARIO, 1e6, 100);
    const pass = run.inspect();
    expect(pass.loss).toBe(0);
    expect(pass.maxGain).toBe(0);
    expect(run.warning).toMatchObject({ code: 'saturated', iteration: 1, loss: 0, value: 0 });
    const found = suggest(run);
    expect(found.learningRate).not.toBeNull();
    expect(found.trials.some((t) => t.code === 'saturated')).toBe(true);
    expect(trainsCleanly(LECTURE_SCENARIO, found.learningRate ?? NaN, 100)).toBe(true);
  });

  it('XOR at a huge η, stuck at loss 1, is saturation', () => {
    const run = trainWatching(XOR_SCENARIO, 1e4, 100);
    expect(run.warning?.code).toBe('saturated');
    expect(run.warning?.loss).toBeCloseTo(1, 3);
    expect(run.warning?.iteration).toBeLessThan(5);
    const found = suggest(run);
    expect(found.learningRate).toBeLessThan(1e4);
    expect(trainsCleanly(XOR_SCENARIO, found.learningRate ?? NaN, 100)).toBe(true);
  });

  /** The Data mode's XOR (4-2 tanh, x₁ and x₂), full batch at η, its gains checked every step. */
  function playgroundXor(eta: number, hidden: readonly number[] = [4, 2]): PlaygroundRun {
    const { train } = generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1 });
    const setup = playgroundSetup(
      { features: ['x1', 'x2'], hidden, activation: 'tanh', problem: 'classification', seed: 1 },
      train,
      { loss: 'half-sse', reduction: 'mean' },
    );
    return new PlaygroundRun(setup, [
      { from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: eta } },
    ]);
  }

  it.each([30, 100])(
    'the Data mode’s XOR at η = %d, stuck with σ′ far below 1 but over 10⁻⁶, is saturation',
    (eta) => {
      const run = playgroundXor(eta);
      while (run.iteration < 100 && run.warning === null) {
        run.advance(run.iteration + 1);
        run.inspect();
      }
      expect(run.warning?.code).toBe('saturated');
      expect(run.warning?.iteration).toBeLessThan(20);
      expect(run.warning?.loss).toBeGreaterThan(0.5);
      expect(run.warning?.value).toBeGreaterThan(1e-6);
      expect(run.warning?.value).toBeLessThan(1e-3);
    },
  );

  it('a network stuck in a poor minimum at a small η is not called saturated (its σ′ stays near 1)', () => {
    // One hidden neuron cannot separate XOR: the loss stays near 0.39, the output alive.
    const run = playgroundXor(0.3, [1]);
    for (let i = 0; i < 40; i++) {
      run.advance(run.iteration + 500);
      run.inspect();
    }
    expect(run.inspect().loss).toBeGreaterThan(0.3);
    expect(run.warning).toBeNull();
  });

  it.each([1, 2, 5, 20, 50])(
    'sin x on 1-8-8-1 tanh at η = %d is caught long before overflow, and the suggestion trains',
    (eta) => {
      const run = trainWatching(SINE_SCENARIO, eta, 1000);
      const warning = run.warning;
      expect(warning?.code).toBe('exploding');
      expect(warning?.iteration).toBeLessThan(10);
      expect(warning?.loss).toBeLessThan(1e12);
      expect(warning?.loss).toBeGreaterThan(100 * (warning?.startLoss ?? Infinity));
      const found = suggest(run);
      const tried = found.trials.map((t) => t.learningRate);
      expect(tried).toContain(found.learningRate);
      expect(found.trials.find((t) => t.learningRate === found.learningRate)?.code).toBeNull();
      expect(found.slices).toBeGreaterThan(0);
      // The suggestion is not a blind η ÷ 10: it trains, and keeps training.
      expect(trainsCleanly(SINE_SCENARIO, found.learningRate ?? NaN, 500)).toBe(true);
    },
  );

  it('stays quiet on runs that train', () => {
    expect(trainsCleanly(SINE_SCENARIO, 0.01, 2000)).toBe(true);
    expect(trainsCleanly(XOR_SCENARIO, 2, 1000)).toBe(true);
    expect(trainsCleanly(LECTURE_SCENARIO, 0.5, 1000)).toBe(true);
    const { train } = generateDataset({ name: 'spiral', noise: 0, split: 50, seed: 1 });
    const setup = playgroundSetup(
      {
        features: ['x1', 'x2', 'sinx1', 'sinx2'],
        hidden: [8, 8],
        activation: 'tanh',
        problem: 'classification',
        seed: 1,
      },
      train,
      { loss: 'half-sse', reduction: 'mean' },
    );
    for (const batchSize of [1, 10, 1000]) {
      const run = new PlaygroundRun(setup, [
        { from: 0, hyper: { ...DEFAULT_HYPERPARAMETERS, batchSize } },
      ]);
      for (let i = 0; i < 20; i++) {
        run.advance(run.iteration + 50);
        run.inspect();
      }
      expect(run.warning).toBeNull();
    }
  });

  it('counts growth only over whole passes through the data, by at least 10 % over the last k', () => {
    const monitor = new DivergenceMonitor();
    monitor.restart(2);
    // Noisy within each window of two steps, but each window's mean grows by 1.5 %.
    let seen = null;
    for (let w = 0; w < 12 && seen === null; w++) {
      const mean = 1 + 0.015 * w;
      seen = monitor.observeLoss(2 * w, mean + 0.3) ?? monitor.observeLoss(2 * w + 1, mean - 0.3);
    }
    expect(seen).toMatchObject({ code: 'rising', value: 10 });
    const tiny = new DivergenceMonitor();
    tiny.restart(1);
    for (let i = 0; i < 50; i++) expect(tiny.observeLoss(i, 1 + 1e-5 * i)).toBeNull();
  });

  it('a slow creep is not divergence: 0.1 % a pass for 500 passes (65 % in all)', () => {
    const monitor = new DivergenceMonitor();
    monitor.restart(1);
    for (let w = 0; w < 500; w++) expect(monitor.observeLoss(w, 0.05 * 1.001 ** w)).toBeNull();
    // The same monitor still catches a real rise after it: 2 % a pass.
    let seen = null;
    for (let w = 0; w < 20 && seen === null; w++)
      seen = monitor.observeLoss(500 + w, 0.09 * 1.02 ** w);
    expect(seen).toMatchObject({ code: 'rising' });
  });

  it('a rise the loss falls back from is undone once, and a later rise is caught afresh', () => {
    const monitor = new DivergenceMonitor();
    monitor.restart(1);
    const rise = (w: number) => 0.2 * 1.05 ** w;
    let seen = null;
    for (let w = 0; w < 12 && seen === null; w++) seen = monitor.observeLoss(w, rise(w));
    expect(seen).toMatchObject({ code: 'rising' });
    expect(monitor.riseUndone()).toBe(false);
    // Still above where the rise began (0.2): not undone.
    monitor.observeLoss(20, 0.21);
    expect(monitor.riseUndone()).toBe(false);
    monitor.observeLoss(21, 0.19);
    expect(monitor.riseUndone()).toBe(true);
    expect(monitor.riseUndone()).toBe(false);
    seen = null;
    for (let w = 0; w < 12 && seen === null; w++)
      seen = monitor.observeLoss(30 + w, 0.1 * 1.05 ** w);
    expect(seen).toMatchObject({ code: 'rising' });
    monitor.observeLoss(50, 0.09);
    expect(monitor.riseUndone()).toBe(true);
  });

  it('withdraws the warning of a deep network whose loss bumps up and then falls far below', () => {
    // The spiral at 50 % noise, 90 % for training, all seven features, six hidden layers
    // of 4: at the default η the loss bumps from 0.18 to 0.29 and then falls to 0.12.
    const data = generateDataset({ name: 'spiral', noise: 50, split: 90, seed: 1 });
    const setup = playgroundSetup(
      {
        features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
        hidden: [4, 4, 4, 4, 4, 4],
        activation: 'tanh',
        problem: 'classification',
        seed: 1,
      },
      data.train,
      { loss: 'half-sse', reduction: 'mean' },
    );
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }]);
    let warned = null;
    while (run.iteration < 3000) {
      run.advance(run.iteration + 10);
      warned ??= run.warning;
    }
    expect(warned).toMatchObject({ code: 'rising' });
    expect(run.inspect().loss).toBeLessThan(warned?.loss ?? 0);
    expect(run.warning).toBeNull();
  });

  it('reports a plateau once a loss that is not small keeps its mean within 1 % over 200 passes', () => {
    const flat = new DivergenceMonitor();
    flat.restart(1);
    // A loss that swings step by step between two values is flat over its stretches.
    for (let w = 0; w < 399; w++) flat.observeLoss(w, w % 2 === 0 ? 0.46 : 0.95);
    expect(flat.takePlateau()).toBeNull();
    flat.observeLoss(399, 0.95);
    const seen = flat.takePlateau();
    expect(seen).toMatchObject({ iteration: 399, windows: 200, low: 0.46, high: 0.95 });
    expect(seen?.loss).toBeCloseTo(0.705, 12);
    expect(flat.takePlateau()).toBeNull();
    // Falling by 2 % over 200 passes is progress; a small loss is not stuck.
    const falling = new DivergenceMonitor();
    falling.restart(1);
    for (let w = 0; w < 400; w++) falling.observeLoss(w, 0.46 * (1 - 1e-4 * w));
    expect(falling.takePlateau()).toBeNull();
    const fitted = new DivergenceMonitor();
    fitted.restart(1);
    for (let w = 0; w < 400; w++) fitted.observeLoss(w, 5e-4);
    expect(fitted.takePlateau()).toBeNull();
  });

  it('stops the run at a step that is not finite, keeping the last finite θ', () => {
    const { setup, hyper } = scenarioSetup(SINE_SCENARIO);
    const run = new PlaygroundRun(setup, [{ from: 0, hyper: { ...hyper, learningRate: 1e6 } }]);
    run.advance(10_000);
    expect(run.stopped).toBe(true);
    expect(run.iteration).toBeLessThan(100);
    expect(run.theta.every((v) => Number.isFinite(v))).toBe(true);
    expect(run.warning?.code).toBe('exploding');
  });

  it('tries powers of ten below η', () => {
    expect(etaLadder(1e6, 4)).toEqual([1e5, 1e4, 1e3, 100]);
    expect(etaLadder(0.03)).toEqual([0.01, 0.001, 0.0001, 0.00001]);
    expect(etaLadder(1)).toEqual([0.1, 0.01, 0.001, 0.0001, 0.00001]);
  });
});
