import type { Scheduler } from './playgroundSession';

/**
 * A scheduler for tests: time advances by `tickMs` at every look at the clock, and
 * deferred tasks wait until {@link pump} runs them, so the slicing is deterministic. A
 * task asked for `later` moves the clock on to its time when it is pumped.
 */
export function testScheduler(tickMs = 0.25): Scheduler & {
  pump(maxTasks?: number): number;
  readonly pending: number;
} {
  let clock = 0;
  const queue: (() => void)[] = [];
  return {
    now: () => (clock += tickMs),
    defer: (task) => void queue.push(task),
    later: (task, ms) => {
      const due = clock + ms;
      queue.push(() => {
        clock = Math.max(clock, due);
        task();
      });
    },
    pump(maxTasks = Infinity) {
      let ran = 0;
      while (queue.length > 0 && ran < maxTasks) {
        queue.shift()?.();
        ran++;
      }
      return ran;
    },
    get pending() {
      return queue.length;
    },
  };
}
