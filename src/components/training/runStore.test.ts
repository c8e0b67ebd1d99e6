import { describe, expect, it } from 'vitest';
import { paramRefs, paramValue, replay, SINE_SCENARIO, XOR_SCENARIO } from '../../engine';
import { RunStore } from './runStore';

/** Resolves when the store's view satisfies `done`. */
function until(runs: RunStore, done: (iteration: number, pending: boolean) => boolean) {
  return new Promise<void>((resolve) => {
    const check = () => {
      const v = runs.getSnapshot();
      if (done(v.iteration, v.pending)) {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = runs.subscribe(check);
    check();
  });
}

describe('RunStore', () => {
  it('publishes θ at the requested iteration, forwards and backwards', () => {
    const runs = new RunStore(XOR_SCENARIO, 10);
    expect(runs.getSnapshot().iteration).toBe(10);
    runs.sync(XOR_SCENARIO, 40);
    const at40 = runs.getSnapshot();
    expect(at40.iteration).toBe(40);
    expect(at40.loss).toBe(replay(XOR_SCENARIO, 40).losses[40]);
    expect(at40.losses).toHaveLength(41);
    runs.sync(XOR_SCENARIO, 3);
    expect(runs.getSnapshot().theta.weights).toEqual(replay(XOR_SCENARIO, 3).scenario.weights);
    // The same request again publishes nothing new.
    const before = runs.getSnapshot();
    runs.sync(XOR_SCENARIO, 3);
    expect(runs.getSnapshot()).toBe(before);
  });

  it('replays a far iteration in slices, staying responsive, and gets there exactly', async () => {
    const runs = new RunStore(SINE_SCENARIO, 0);
    const target = 30_000;
    runs.sync(SINE_SCENARIO, target);
    // sync() returns after one slice, long before the whole replay is done (how long a
    // slice takes is measured by the benchmarks, not asserted here).
    expect(runs.getSnapshot().pending).toBe(true);
    expect(runs.getSnapshot().iteration).toBeLessThan(target);
    expect(runs.getSnapshot().target).toBe(target);
    await until(runs, (_, pending) => !pending);
    expect(runs.getSnapshot().iteration).toBe(target);
    expect(runs.getSnapshot().loss).toBe(replay(SINE_SCENARIO, target).losses[target]);
    runs.cancel();
    // A generous bound: the replay runs twice here, and the machine running tests may be busy.
  }, 60_000);

  it('stops at the last finite iteration and says why', async () => {
    const huge = { ...SINE_SCENARIO, learningRate: 1e6 };
    const runs = new RunStore(huge, 0);
    runs.sync(huge, 500);
    await until(runs, (_, pending) => !pending);
    const view = runs.getSnapshot();
    expect(view.divergence?.step).toBe(view.iteration + 1);
    expect(view.limit).toBe(view.iteration);
  });

  it('advances by the play loop’s count, publishing once', () => {
    const runs = new RunStore(XOR_SCENARIO, 0);
    let published = 0;
    runs.subscribe(() => published++);
    expect(runs.advance(100, Infinity, () => 0)).toBe(100);
    expect(published).toBe(1);
    expect(runs.getSnapshot().iteration).toBe(100);
    expect(runs.getSnapshot().target).toBe(100);
  });
});

describe('RunView', () => {
  it('never changes once published: not by later steps, nor by going back and on again', () => {
    const runs = new RunStore(XOR_SCENARIO, 0);
    runs.watch([0, 1]);
    runs.sync(XOR_SCENARIO, 40);
    const at40 = runs.getSnapshot();
    const losses = Array.from(at40.losses);
    const norms = at40.norms.map((n) => Array.from(n));
    const path = at40.paths.get(1);
    const pathValues = [...(path?.values ?? [])];
    expect(path?.iterations.at(-1)).toBe(40);
    expect(pathValues).toHaveLength(41);

    runs.sync(XOR_SCENARIO, 3);
    runs.sync({ ...XOR_SCENARIO }, 10);
    runs.sync(XOR_SCENARIO, 60);
    runs.advance(500, Infinity, () => 0);

    expect(runs.getSnapshot().iteration).toBe(560);
    expect(Array.from(at40.losses)).toEqual(losses);
    expect(at40.norms.map((n) => Array.from(n))).toEqual(norms);
    expect(at40.paths.get(1)?.values).toEqual(pathValues);
    expect(Object.isFrozen(at40)).toBe(true);
    // …and what it holds is the run's history up to 40, exactly.
    expect(losses).toEqual(Array.from(replay(XOR_SCENARIO, 40).losses));
    const now = runs.getSnapshot();
    expect(Array.from(now.losses).slice(0, 41)).toEqual(losses);
    expect(now.losses[560]).toBe(now.loss);
  });

  it('carries the paths of the watched parameters only, from θ⁰ to θᵗ', () => {
    const runs = new RunStore(XOR_SCENARIO, 5);
    expect(runs.getSnapshot().paths.size).toBe(0);
    let published = 0;
    runs.subscribe(() => published++);
    runs.watch([2]);
    expect(published).toBe(1);
    runs.watch([2]);
    expect(published).toBe(1);
    const path = runs.getSnapshot().paths.get(2);
    expect(path?.iterations).toEqual([0, 1, 2, 3, 4, 5]);
    const ref = paramRefs(XOR_SCENARIO.layers)[2];
    const values = [0, 1, 2, 3, 4, 5].map((t) =>
      ref === undefined ? NaN : paramValue(replay(XOR_SCENARIO, t).scenario, ref),
    );
    expect(path?.values).toEqual(values);
  });

  it('goes on from θᵗ when η changes at t, and back to where an earlier change took effect', () => {
    const runs = new RunStore(XOR_SCENARIO, 50);
    const at50 = runs.getSnapshot().theta;
    const log = [{ from: 50, eta: 0.5 }];
    runs.sync(XOR_SCENARIO, 50, log);
    expect(runs.getSnapshot().theta).toEqual(at50);
    expect(runs.getSnapshot().eta).toBe(0.5);
    runs.sync(XOR_SCENARIO, 80, log);
    const fresh = new RunStore(XOR_SCENARIO, 80, log).getSnapshot();
    expect(runs.getSnapshot().theta).toEqual(fresh.theta);
    expect(Array.from(runs.getSnapshot().losses)).toEqual(Array.from(fresh.losses));
    const earlier = [{ from: 20, eta: 3 }];
    runs.sync(XOR_SCENARIO, 80, earlier);
    expect(runs.getSnapshot().theta).toEqual(
      new RunStore(XOR_SCENARIO, 80, earlier).getSnapshot().theta,
    );
  });

  it('warns of divergence early and suggests an η that was tried and trained', async () => {
    const fast = { ...SINE_SCENARIO, learningRate: 5 };
    const runs = new RunStore(fast, 10);
    const view = runs.getSnapshot();
    expect(view.warning).toMatchObject({ code: 'exploding' });
    expect(view.divergence).toBeNull();
    expect(view.suggestion).toMatchObject({ searching: true, from: 0 });
    await new Promise<void>((resolve) => {
      const off = runs.subscribe(() => {
        if (runs.getSnapshot().suggestion?.searching === false) {
          off();
          resolve();
        }
      });
    });
    const found = runs.getSnapshot().suggestion;
    expect(found?.eta).toBeLessThan(5);
    expect(found?.trial?.learningRate).toBe(found?.eta);
    expect(found?.trial?.lossAfter).toBeLessThan(found?.trial?.lossBefore ?? NaN);
    runs.dispose();
  });
});
