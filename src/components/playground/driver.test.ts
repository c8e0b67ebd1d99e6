import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HYPERPARAMETERS,
  generateDataset,
  PLAYGROUND_OBJECTIVE,
  playgroundSetup,
  PlaygroundRun,
  trainingGradient,
} from '../../engine';
import { createAppStore } from '../../store/createAppStore';
import { defaultState } from '../../store/initialState';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { PLAYING_SYNC_MS, PlaygroundDriver } from './driver';
import { startPageTrainer } from './trainer';

/** Polls `check` on timers until it holds (the driver works across animation frames). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

/** The circle's training loss after the logged steps, by the engine directly. */
function engineLoss(log: { from: number; eta: number }[], steps: number): number {
  const { train } = generateDataset({ name: 'circle', noise: 0, split: 50, seed: 1 });
  const setup = playgroundSetup(
    {
      features: ['x1', 'x2'],
      hidden: [4, 2],
      activation: 'tanh',
      problem: 'classification',
      seed: 1,
    },
    train,
    PLAYGROUND_OBJECTIVE,
  );
  const run = new PlaygroundRun(
    setup,
    log.map(({ from, eta }) => ({
      from,
      hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: eta },
    })),
  );
  run.advance(steps, Infinity);
  return trainingGradient(setup, run.theta).loss;
}

describe('PlaygroundDriver', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (task: () => void) => setTimeout(task, 1));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows new settings at once, so a second change made before the next frame keeps the first', async () => {
    const { store, select } = createAppStore(defaultState());
    store.getState().setDataSource('circle');
    const driver = new PlaygroundDriver(store, select, startPageTrainer);
    driver.start();
    await until(() => driver.getStatus().result?.ok === true && driver.getStatus().hyper !== null);
    const shown = () => driver.getStatus().hyper ?? DEFAULT_HYPERPARAMETERS;
    // As the controls do: each change is built on the settings shown.
    driver.setHyperparameters({ ...shown(), batchSize: 10 });
    expect(shown().batchSize).toBe(10);
    driver.setHyperparameters({ ...shown(), learningRate: 0.3 });
    driver.step(2);
    await until(() => store.getState().dataIteration === 2);
    expect(store.getState().dataLog.at(-1)?.hyper).toMatchObject({
      batchSize: 10,
      learningRate: 0.3,
    });
    expect(shown()).toMatchObject({ batchSize: 10, learningRate: 0.3 });
    driver.dispose();
  });

  it('steps the run, records an η change in the store, and a restarted driver replays it', async () => {
    const { store, select } = createAppStore(defaultState());
    store.getState().setDataSource('circle');
    const driver = new PlaygroundDriver(store, select, startPageTrainer);
    const seen: { frame: PlaygroundFrame | null } = { frame: null };
    driver.addSink((frame) => (seen.frame = frame));
    const current = () => seen.frame;
    driver.start();
    await until(() => driver.getStatus().result?.ok === true && seen.frame !== null);

    driver.step(5);
    await until(() => store.getState().dataIteration === 5);
    driver.setHyperparameters({ ...DEFAULT_HYPERPARAMETERS, learningRate: 0.3 });
    driver.step(3);
    await until(() => store.getState().dataIteration === 8);
    expect(store.getState().dataLog.map((e) => [e.from, e.hyper.learningRate])).toEqual([
      [0, DEFAULT_HYPERPARAMETERS.learningRate],
      [5, 0.3],
    ]);
    const log = [
      { from: 0, eta: DEFAULT_HYPERPARAMETERS.learningRate },
      { from: 5, eta: 0.3 },
    ];
    const expected = engineLoss(log, 8);
    expect(seen.frame?.trainLoss).toBe(expected);

    // Unmounted and mounted again (React's strict mode does this): a fresh trainer
    // configured from the store replays to the same iteration and the same θ.
    driver.dispose();
    seen.frame = null;
    driver.addSink((frame) => (seen.frame = frame));
    driver.start();
    await until(() => current()?.iteration === 8);
    expect(current()?.trainLoss).toBe(expected);
    driver.dispose();
  });

  it('writes the run to the store while it plays, at most every PLAYING_SYNC_MS', async () => {
    const { store, select } = createAppStore(defaultState());
    store.getState().setDataSource('circle');
    const clock = { now: 0 };
    const driver = new PlaygroundDriver(store, select, startPageTrainer, () => clock.now);
    const drawn: PlaygroundFrame[] = [];
    driver.addSink((frame) => drawn.push(frame));
    driver.start();
    await until(() => driver.getStatus().result?.ok === true);
    store.getState().setPlaying(true);
    // While the clock stands still, frames are drawn but the store keeps its iteration…
    const waitFrames = async (n: number) => {
      const seen = drawn.length;
      await until(() => drawn.length > seen + n && drawn.at(-1)?.playing === true);
    };
    await waitFrames(4);
    const before = store.getState().dataIteration;
    await waitFrames(4);
    expect(store.getState().dataIteration).toBe(before);
    expect(drawn.at(-1)?.iteration ?? 0).toBeGreaterThan(before);
    // …and takes the run's once the clock has moved on, while it still plays.
    clock.now += PLAYING_SYNC_MS;
    await until(() => store.getState().dataIteration > before);
    const written = store.getState().dataIteration;
    expect(store.getState().dataLog).toEqual(drawn.at(-1)?.log);
    await waitFrames(4);
    expect(store.getState().dataIteration).toBe(written);
    // Written by the driver, it is not taken for a link to replay: the run went on.
    expect(driver.getStatus().replayingTo).toBeNull();
    expect(driver.getStatus().playing).toBe(true);
    expect(drawn.at(-1)?.iteration ?? 0).toBeGreaterThan(written);
    driver.dispose();
  });

  it('is not fresh from a change of data until the new run draws its first frame', async () => {
    const { store, select } = createAppStore(defaultState());
    store.getState().setDataSource('circle');
    const driver = new PlaygroundDriver(store, select, startPageTrainer);
    const drawn: PlaygroundFrame[] = [];
    driver.addSink((frame) => drawn.push(frame));
    driver.start();
    await until(() => driver.getStatus().fresh);
    const circleLoss = drawn[drawn.length - 1]?.trainLoss;

    store.getState().setDataSource('xor');
    // The change is seen at once, before any frame of the new run.
    expect(driver.getStatus().fresh).toBe(false);
    const before = drawn.length;
    await until(() => driver.getStatus().fresh);
    const first = drawn[before];
    expect(first).toBeDefined();
    expect(first?.iteration).toBe(0);
    expect(first?.trainLoss).not.toBe(circleLoss);
    driver.dispose();
  });
});
