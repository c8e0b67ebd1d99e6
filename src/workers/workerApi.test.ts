import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../engine/playground';
import type { PlaygroundApi, PlaygroundConfig } from './playgroundProtocol';
import { PlaygroundSession } from './playgroundSession';
import { createWorkerApi, frameBuffers } from './workerApi';

const config: PlaygroundConfig = {
  data: { kind: 'generated', request: { name: 'xor', noise: 10, split: 50, seed: 8 } },
  network: {
    features: ['x1', 'x2', 'x1x2'],
    hidden: [4, 4],
    activation: 'tanh',
    problem: 'classification',
    seed: 4,
  },
  objective: { loss: 'half-sse', reduction: 'mean' },
  log: [{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }],
  iteration: 0,
};

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** The worker's API exposed on one end of a channel, as the page would see it on the other. */
function connect() {
  const channel = new MessageChannel();
  channels.push(channel);
  // Node drains a MessagePort's queue without yielding to timers, so a test stands in
  // setTimeout for the browser's MessageChannel scheduler.
  const session = new PlaygroundSession({
    now: () => performance.now(),
    defer: (task) => void setTimeout(task, 0),
    later: (task, ms) => void setTimeout(task, ms),
  });
  expose(createWorkerApi(session), channel.port1);
  return wrap<PlaygroundApi>(channel.port2);
}

describe('the worker API through comlink', () => {
  it('configures, trains in the background while the page waits, and transfers the maps', async () => {
    const api = connect();
    expect(await api.configure(config)).toEqual({ ok: true, layers: [3, 4, 4, 1] });
    await api.play();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const frame = await api.frame({ decision: 40, neurons: 20 });
    expect(frame?.playing).toBe(true);
    expect(frame?.iteration).toBeGreaterThan(10);
    expect(frame?.decision?.values).toBeInstanceOf(Float32Array);
    expect(frame?.decision?.values).toHaveLength(1600);
    expect(frame?.neurons?.values).toHaveLength(9 * 400);
    await api.pause();
    const paused = await api.frame();
    const again = await api.frame();
    expect(again?.iteration).toBe(paused?.iteration);
  });

  it('lists each typed array of a frame once, for transfer', () => {
    const session = new PlaygroundSession({
      now: () => 0,
      defer: () => undefined,
      later: () => undefined,
    });
    session.configure(config);
    const frame = session.frame();
    const buffers = frameBuffers(frame);
    expect(buffers).toHaveLength(4);
    expect(new Set(buffers).size).toBe(4);
    expect(frameBuffers(null)).toEqual([]);
  });
});
