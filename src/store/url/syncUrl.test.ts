import { afterEach, describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../../engine';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import type { AppState } from '../types';
import { decodeLink, encodeLink } from './compactLink';
import { syncUrl, type UrlSyncOptions } from './syncUrl';

/** A window with an address bar, a history and timers that run when told to. */
function fakeWindow() {
  const entries: string[] = ['/app/'];
  const states: unknown[] = [null];
  let index = 0;
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const listeners = new Map<string, (() => void)[]>();
  const listenersOf = (type: string) => {
    const list = listeners.get(type) ?? [];
    listeners.set(type, list);
    return list;
  };
  const fire = (type: string) => [...listenersOf(type)].forEach((listener) => listener());
  const writes: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = {
    pathname: '/app/',
    get search() {
      const url = entries[index] ?? '';
      return url.includes('?') ? url.slice(url.indexOf('?')) : '';
    },
  };
  const history = {
    get state() {
      return states[index];
    },
    pushState: (state: unknown, __: string, url: string) => {
      entries.splice(index + 1, entries.length, url);
      states.splice(index + 1, states.length, state);
      index += 1;
      writes.push({ kind: 'push', url });
    },
    replaceState: (state: unknown, __: string, url: string) => {
      entries[index] = url;
      states[index] = state;
      writes.push({ kind: 'replace', url });
    },
  };
  const window = {
    location,
    history,
    setTimeout: (run: () => void) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimeout: (id: number) => timers.delete(id),
    addEventListener: (type: string, listener: () => void) => listenersOf(type).push(listener),
    removeEventListener: (type: string, listener: () => void) =>
      listenersOf(type).splice(listenersOf(type).indexOf(listener), 1),
  } as unknown as UrlSyncOptions['window'];
  return {
    window,
    writes,
    runTimers: () => {
      const pending = [...timers.values()];
      timers.clear();
      for (const run of pending) run();
    },
    pendingTimers: () => timers.size,
    back: () => {
      index -= 1;
      fire('popstate');
    },
    forward: () => {
      index += 1;
      fire('popstate');
    },
    hide: () => fire('pagehide'),
    /** The current entry's address and history state. */
    entry: () => ({ url: entries[index] ?? '', state: states[index] }),
  };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function setUp() {
  const app = createAppStore(defaultState('en'));
  const w = fakeWindow();
  const kept: string[] = [];
  stops.push(
    syncUrl(app.store, {
      window: w.window,
      totalFor: (s) => app.select.total(s),
      onWrite: (payload) => kept.push(payload),
    }),
  );
  // Opening on a bare address records the opening state in its entry (tested below); the
  // tests count the writes after it.
  expect(w.writes).toEqual([{ kind: 'replace', url: '/app/' }]);
  w.writes.length = 0;
  return { ...w, store: app.store, kept };
}

/** The state a written address decodes to. */
function decoded(url: string) {
  const result = decodeLink(url.slice(url.indexOf('?s=') + 3));
  if (!result.ok) throw new Error(`unreadable link ${url}`);
  return result.request;
}

describe('the address bar follows the state', () => {
  it('an edit pushes a history entry, in the task after it', () => {
    const { store, writes, kept, runTimers } = setUp();
    store.getState().editNetwork({ ...LECTURE_SCENARIO, learningRate: 0.1 });
    // Not in the edit's own task (a large network's JSON and entry took 35 ms of a click).
    expect(writes).toEqual([]);
    runTimers();
    expect(writes.map((w) => w.kind)).toEqual(['push']);
    expect(decoded(writes[0]?.url ?? '').network?.learningRate).toBe(0.1);
    expect(kept).toEqual([writes[0]?.url.slice('/app/?s='.length)]);
  });

  it('view changes replace the entry, at most once per throttle interval', () => {
    const { store, writes, runTimers, pendingTimers } = setUp();
    const s = store.getState();
    s.setCursor(3);
    s.setCursor(4);
    s.setCursor(5);
    expect(writes).toEqual([]);
    expect(pendingTimers()).toBe(1);
    runTimers();
    expect(writes.map((w) => w.kind)).toEqual(['replace']);
    expect(decoded(writes[0]?.url ?? '').cursor).toBe(5);
  });

  type Decoded = ReturnType<typeof decoded>;
  const views: [string, (s: AppState) => void, (r: Decoded) => unknown, unknown][] = [
    ['scene', (s) => s.setScene('graph'), (r) => r.scene, 'graph'],
    ['language', (s) => s.setLanguage('zh'), (r) => r.lang, 'zh'],
    ['speed', (s) => s.setSpeed(2), (r) => r.speed, 2],
    ['iteration', (s) => s.setIteration(9), (r) => r.iteration, 9],
    ['training speed', (s) => s.setTrainingRate(500), (r) => r.trainingRate, 500],
    ['chapter', (s) => s.setChapter(3), (r) => r.chapter, 3],
    ['presenter', (s) => s.setPresenter(true), (r) => r.presenter, true],
    ['theme', (s) => s.setTheme('dark'), (r) => r.theme, 'dark'],
  ];
  it.each(views)('a change of %s replaces the entry', (_, change, read, expected) => {
    const w = setUp();
    change(w.store.getState());
    expect(w.writes).toEqual([]);
    w.runTimers();
    expect(w.writes.map((x) => x.kind)).toEqual(['replace']);
    expect(read(decoded(w.writes[0]?.url ?? ''))).toEqual(expected);
  });

  it('a second sample is a view change too', () => {
    const w = setUp();
    const two = {
      ...LECTURE_SCENARIO,
      samples: [...LECTURE_SCENARIO.samples, { x: [0, 1], y: [0, 1] }],
    };
    w.store.getState().editNetwork(two);
    w.store.getState().setSample(1);
    w.runTimers();
    // In the same task as the edit: written with it, in its entry.
    expect(w.writes.map((x) => x.kind)).toEqual(['push']);
    expect(decoded(w.writes[0]?.url ?? '').sample).toBe(1);
    w.store.getState().setSample(0);
    w.runTimers();
    expect(w.writes.map((x) => x.kind)).toEqual(['push', 'replace']);
    expect(decoded(w.writes[1]?.url ?? '').sample ?? 0).toBe(0);
  });

  it('an edit first settles the pending step on the entry it leaves', () => {
    const { store, writes, runTimers } = setUp();
    store.getState().setCursor(7);
    store
      .getState()
      .editGraph({ version: 1, kind: 'graph', expression: 'x * y', inputs: { x: 2, y: 3 } });
    runTimers();
    expect(writes.map((w) => w.kind)).toEqual(['replace', 'push']);
    expect(decoded(writes[0]?.url ?? '').cursor).toBe(7);
    expect(decoded(writes[1]?.url ?? '').graph?.expression).toBe('x * y');
  });

  it('nothing is written while playing; the address catches up when playback stops', () => {
    const { store, writes, runTimers } = setUp();
    store.getState().setPlaying(true);
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    runTimers();
    expect(writes).toEqual([]);
    store.getState().setPlaying(false);
    runTimers();
    expect(writes.map((w) => w.kind)).toEqual(['replace']);
    expect(decoded(writes[0]?.url ?? '').cursor).toBe(2);
  });

  it('leaving the page while playing writes the state reached (a reload went back to Play)', () => {
    const { store, writes, kept, runTimers, hide } = setUp();
    store.getState().setPlaying(true);
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    runTimers();
    expect(writes).toEqual([]);
    hide();
    expect(decoded(writes.at(-1)?.url ?? '').cursor).toBe(3);
    expect(kept.at(-1)).toBe(encodeLink(store.getState()));
    // Once written, leaving again writes nothing new.
    const count = writes.length;
    hide();
    expect(writes).toHaveLength(count);
  });

  it('a change of speed just before Play waits for the pause too', () => {
    const { store, writes, runTimers } = setUp();
    store.getState().setSpeed(4);
    store.getState().setPlaying(true);
    store.getState().stepBy(1);
    runTimers();
    expect(writes).toEqual([]);
    store.getState().setPlaying(false);
    runTimers();
    expect(writes.map((w) => w.kind)).toEqual(['replace']);
    expect(decoded(writes[0]?.url ?? '').cursor).toBe(1);
  });

  it('Back to the entry the page opened on, bare, undoes the edit', () => {
    const { store, back, runTimers } = setUp();
    store.getState().editNetwork({ ...LECTURE_SCENARIO, learningRate: 0.2 });
    runTimers();
    back();
    expect(store.getState().network).toEqual(LECTURE_SCENARIO);
  });

  it('Back loads the state of the entry, without writing it again', () => {
    const { store, writes, back, runTimers } = setUp();
    store.getState().setCursor(4);
    runTimers();
    store.getState().editNetwork({ ...LECTURE_SCENARIO, learningRate: 0.2 });
    store.getState().setCursor(9);
    runTimers();
    const written = writes.length;
    back();
    expect(store.getState().network).toEqual(LECTURE_SCENARIO);
    expect(store.getState().cursor).toBe(4);
    runTimers();
    expect(writes.length).toBe(written);
  });
});

describe('a state too large for a link', () => {
  /** A network whose link outgrows 64 KB: 1,000 examples of 8 inputs, at full precision. */
  const large = {
    ...LECTURE_SCENARIO,
    layers: [8, 2],
    activation: ['sigmoid' as const],
    weights: [Array.from({ length: 2 }, () => new Array<number>(8).fill(0.1))],
    biases: [[0, 0]],
    samples: Array.from({ length: 1000 }, (_, n) => ({
      x: Array.from({ length: 8 }, (_, i) => Math.sin(n * 8 + i)),
      y: [0.5, 0.5],
    })),
  };

  /** Runs the timers until none is left (the link compressed), counting the rounds. */
  const settle = (runTimers: () => void, pendingTimers: () => number): number => {
    let rounds = 0;
    for (; pendingTimers() > 0; rounds++) runTimers();
    return rounds;
  };

  it('an edit pushes its entry in the next task, holding its JSON; its link follows a slice at a time', () => {
    const { store, writes, kept, runTimers, pendingTimers, entry } = setUp();
    store.getState().editNetwork(large);
    expect(writes).toEqual([]);
    runTimers();
    // Pushed with a bare address and no compression: the entry holds the JSON.
    expect(writes).toEqual([{ kind: 'push', url: '/app/' }]);
    expect(kept).toEqual([]);
    expect(entry().state).toHaveProperty('json');
    expect(settle(runTimers, pendingTimers)).toBeGreaterThan(3);
    // Then the same entry gets the link: too long for the address, so in its state.
    expect(writes).toEqual([
      { kind: 'push', url: '/app/' },
      { kind: 'replace', url: '/app/' },
    ]);
    expect(kept).toEqual([encodeLink(store.getState())]);
    expect((kept[0] ?? '').length).toBeGreaterThan(64 * 1024);
    expect(entry().state).toEqual({ s: kept[0] });
  });

  it('is kept in the history entry and in storage, not in the address, and Back restores it', () => {
    const { store, writes, kept, back, runTimers, pendingTimers } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    expect(writes.map((w) => w.url)).toEqual(['/app/', '/app/']);
    expect(kept).toHaveLength(1);
    store.getState().setCursor(3);
    settle(runTimers, pendingTimers);
    store.getState().editNetwork(LECTURE_SCENARIO);
    runTimers();
    expect(store.getState().network).toEqual(LECTURE_SCENARIO);
    back();
    expect(store.getState().network).toEqual(large);
    expect(store.getState().cursor).toBe(3);
  });

  it('a step is written a slice at a time, byte for byte the link encodeLink writes', () => {
    const { store, writes, kept, runTimers, pendingTimers } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    store.getState().setCursor(5);
    runTimers();
    let tasks = 0;
    while (writes.length === 2) {
      expect(pendingTimers()).toBeGreaterThan(0);
      runTimers();
      tasks += 1;
    }
    expect(tasks).toBeGreaterThan(3);
    expect(writes.map((w) => w.kind)).toEqual(['push', 'replace', 'replace']);
    // Storage is written in the task after the address, each in a task of its own.
    expect(kept).toHaveLength(1);
    runTimers();
    expect(kept[1]).toBe(encodeLink(store.getState()));
    expect(pendingTimers()).toBe(0);
  });

  it('a step written to the address but not yet to storage is stored when the page goes', () => {
    const { store, writes, kept, runTimers, pendingTimers, hide } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    store.getState().setCursor(5);
    while (writes.length === 2) runTimers();
    expect(kept).toHaveLength(1);
    hide();
    expect(kept[1]).toBe(encodeLink(store.getState()));
    runTimers();
    expect(kept).toHaveLength(2);
  });

  it('steps taken while a link is compressed are written once it is done', () => {
    const { store, kept, runTimers, pendingTimers } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    store.getState().setCursor(5);
    runTimers();
    store.getState().setCursor(6);
    settle(runTimers, pendingTimers);
    expect(kept.slice(1)).toEqual([
      encodeLink({ ...store.getState(), cursor: 5 }),
      encodeLink(store.getState()),
    ]);
  });

  it('an edit while a step is compressed leaves that step on the entry, as JSON, at once', () => {
    const { store, writes, kept, runTimers, pendingTimers, back } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    store.getState().setCursor(4);
    runTimers();
    store.getState().editNetwork(LECTURE_SCENARIO);
    runTimers();
    // No compression in the edit: the step is held as JSON, the small edit linked at once.
    expect(writes.map((w) => w.kind)).toEqual(['push', 'replace', 'replace', 'push']);
    expect(kept).toHaveLength(2);
    expect(decoded(writes[3]?.url ?? '').network).toEqual(LECTURE_SCENARIO);
    back();
    expect(store.getState().network).toEqual(large);
    expect(store.getState().cursor).toBe(4);
    // The entry Back returned to gets its link again.
    settle(runTimers, pendingTimers);
    expect(kept.at(-1)).toBe(encodeLink({ ...store.getState(), network: large, cursor: 4 }));
  });

  it("Back before an edit's link is done restores the state before it; Forward the edit", () => {
    const { store, runTimers, pendingTimers, back, forward } = setUp();
    store.getState().setCursor(2);
    runTimers();
    store.getState().editNetwork(large);
    runTimers();
    expect(pendingTimers()).toBeGreaterThan(0);
    back();
    expect(store.getState().network).toEqual(LECTURE_SCENARIO);
    expect(store.getState().cursor).toBe(2);
    expect(pendingTimers()).toBe(0);
    forward();
    expect(store.getState().network).toEqual(large);
  });

  it('leaving the page writes a link still being compressed at once', () => {
    const { store, kept, runTimers, pendingTimers, hide } = setUp();
    store.getState().editNetwork(large);
    runTimers();
    expect(kept).toEqual([]);
    hide();
    expect(kept).toEqual([encodeLink(store.getState())]);
    expect(pendingTimers()).toBe(0);
  });

  it('leaving the page writes a step still waiting for its timer at once', () => {
    const { store, kept, runTimers, pendingTimers, hide } = setUp();
    store.getState().editNetwork(large);
    settle(runTimers, pendingTimers);
    store.getState().setCursor(7);
    hide();
    expect(kept.at(-1)).toBe(encodeLink(store.getState()));
    expect(pendingTimers()).toBe(0);
  });
});
