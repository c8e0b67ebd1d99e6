import { describe, expect, it, vi } from 'vitest';
import { defaultState } from '../../store/initialState';
import { encodeLink } from '../../store/url/compactLink';
import { linkedState } from '../../store/url/linkFields';
import { distinctNetwork } from '../../store/url/testNetworks';
import { createClassLinks } from './classLinks';

/** Timers run by hand, a task at a time. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let id = 0;
  return {
    setTimeout: (run: () => void) => {
      due.set(++id, run);
      return id;
    },
    clearTimeout: (timer: number) => void due.delete(timer),
    /** Runs the tasks due now (not those they queue); how many ran. */
    runTasks() {
      const now = [...due];
      due.clear();
      for (const [, run] of now) run();
      return now.length;
    },
  };
}

/** A network whose link is far over the length written at once. */
const wideNetwork = () =>
  distinctNetwork([40, 40, 40, 2], ['sigmoid', 'sigmoid', 'sigmoid'], {
    x: Array.from({ length: 40 }, (_, i) => i / 40),
    y: [0, 1],
  });

describe("the class's link of the teacher's screen", () => {
  it('is the compact link of the screen at step 0, written in the next task', () => {
    const state = { ...defaultState('en'), cursor: 7 };
    const ready = vi.fn();
    const timers = manualTimers();
    const links = createClassLinks(ready, timers, 65_536);
    expect(links.linkOf(linkedState(state))).toEqual({ kind: 'writing' });
    expect(ready).not.toHaveBeenCalled();
    expect(timers.runTasks()).toBe(1);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(links.linkOf(linkedState(state))).toEqual({
      kind: 'ready',
      link: `s=${encodeLink({ ...state, cursor: 0 })}`,
    });
    expect(timers.runTasks()).toBe(0);
  });

  it('is not written again for a step, and is for a new scenario', () => {
    const state = defaultState('en');
    const timers = manualTimers();
    const links = createClassLinks(() => {}, timers, 65_536);
    links.linkOf(linkedState(state));
    timers.runTasks();
    const first = links.linkOf(linkedState(state));
    expect(first.kind).toBe('ready');
    expect(links.linkOf(linkedState({ ...state, cursor: 12 }))).toBe(first);
    expect(timers.runTasks()).toBe(0);
    const other = { ...state, network: { ...state.network, learningRate: 0.25 } };
    expect(links.linkOf(linkedState(other)).kind).toBe('writing');
    timers.runTasks();
    expect(links.linkOf(linkedState(other))).not.toEqual(first);
  });

  it('writes a long link a slice per task, then says it is ready; a step meanwhile waits for it', () => {
    const state = { ...defaultState('en'), network: wideNetwork(), cursor: 3 };
    const timers = manualTimers();
    const ready = vi.fn();
    const links = createClassLinks(ready, timers, 65_536);
    expect(links.linkOf(linkedState(state))).toEqual({ kind: 'writing' });
    expect(links.linkOf(linkedState({ ...state, cursor: 4 }))).toEqual({ kind: 'writing' });
    let tasks = 0;
    while (timers.runTasks() > 0) tasks++;
    expect(tasks).toBeGreaterThan(1);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(links.linkOf(linkedState({ ...state, cursor: 5 }))).toEqual({
      kind: 'ready',
      link: `s=${encodeLink({ ...state, cursor: 0 })}`,
    });
  });

  it('stops writing a link as soon as it is longer than the class takes, and says so', () => {
    const state = { ...defaultState('en'), network: wideNetwork() };
    const whole = `s=${encodeLink({ ...state, cursor: 0 })}`.length;
    const max = Math.floor(whole / 3);
    const timers = manualTimers();
    const ready = vi.fn();
    const links = createClassLinks(ready, timers, max);
    expect(links.linkOf(linkedState(state)).kind).toBe('writing');
    let tasks = 0;
    while (timers.runTasks() > 0) tasks++;
    expect(ready).toHaveBeenCalledTimes(1);
    const result = links.linkOf(linkedState(state));
    if (result.kind !== 'too-long') throw new Error(`too-long expected, got ${result.kind}`);
    expect(result.atLeast).toBeGreaterThan(max);
    // Stopped before the whole link was written.
    expect(result.atLeast).toBeLessThan(whole);
    expect(tasks).toBeGreaterThan(1);
  });

  it('says a short link longer than the class takes is too long', () => {
    const timers = manualTimers();
    const links = createClassLinks(() => {}, timers, 10);
    const fields = linkedState(defaultState('en'));
    links.linkOf(fields);
    timers.runTasks();
    expect(links.linkOf(fields).kind).toBe('too-long');
  });

  it('drops a long link being written when the screen changes, and once disposed', () => {
    const state = { ...defaultState('en'), network: wideNetwork() };
    const timers = manualTimers();
    const ready = vi.fn();
    const links = createClassLinks(ready, timers, 65_536);
    expect(links.linkOf(linkedState(state)).kind).toBe('writing');
    timers.runTasks();
    timers.runTasks();
    const lecture = defaultState('en');
    links.linkOf(linkedState(lecture));
    while (timers.runTasks() > 0);
    // Told once, of the lecture's link: the long one was dropped.
    expect(ready).toHaveBeenCalledTimes(1);
    expect(links.linkOf(linkedState(lecture))).toEqual({
      kind: 'ready',
      link: `s=${encodeLink({ ...lecture, cursor: 0 })}`,
    });
    ready.mockClear();
    links.linkOf(linkedState(state));
    links.dispose();
    while (timers.runTasks() > 0);
    expect(ready).not.toHaveBeenCalled();
  });
});
