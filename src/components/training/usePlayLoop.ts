import { useEffect } from 'react';
import { MAX_ITERATIONS } from '../../store/createAppStore';
import type { RunStore } from './runStore';

/** Longest stretch of stepping per animation frame, so the page stays responsive. */
const FRAME_BUDGET_MS = 12;
/** After a pause (a hidden tab), do not try to catch up more than this much time. */
const MAX_CATCH_UP_MS = 100;

/**
 * While `running`, takes `rate` gradient-descent steps per second: each animation frame
 * runs the steps due for the time elapsed (within a time budget), then reports the new
 * iteration once, so the charts redraw at most once per frame. Stops by itself at a
 * divergence or at the last iteration a link can hold.
 */
export function usePlayLoop(
  running: boolean,
  rate: number,
  runs: RunStore,
  onFrame: (iteration: number) => void,
  onStop: () => void,
): void {
  useEffect(() => {
    if (!running) return undefined;
    let frame = 0;
    let last = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      owed += (Math.min(now - last, MAX_CATCH_UP_MS) / 1000) * rate;
      last = now;
      const due = Math.min(Math.floor(owed), MAX_ITERATIONS - runs.getSnapshot().iteration);
      owed -= Math.floor(owed);
      if (due > 0) {
        runs.advance(due, performance.now() + FRAME_BUDGET_MS, () => performance.now());
        onFrame(runs.getSnapshot().iteration);
      }
      const view = runs.getSnapshot();
      if (view.iteration >= view.limit || view.iteration >= MAX_ITERATIONS) {
        onStop();
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, rate, runs, onFrame, onStop]);
}
