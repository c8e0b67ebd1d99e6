import { useEffect } from 'react';
import { SCENE_MODELS } from '../../store/scenes';
import { useActions, useAppState } from '../../store/StoreProvider';
import { nextDue } from './playbackClock';

/** Milliseconds between steps at 1× speed. */
export const BASE_INTERVAL_MS = 1000;

/**
 * While a scene that walks its trace plays, advances one step per interval (shorter at
 * higher speeds). A scene with its own controls (training) runs its own loop.
 *
 * The step is taken at the start of an animation frame, not by a timer: a timer fired
 * mid-frame, and the step's work then delayed that frame and the next (a large network
 * dropped two frames at every step).
 */
export function usePlayback(): void {
  const playing = useAppState((s) => s.playing && SCENE_MODELS[s.scene].walksTrace);
  const speed = useAppState((s) => s.speed);
  const { stepBy } = useActions();
  useEffect(() => {
    if (!playing) return undefined;
    const interval = BASE_INTERVAL_MS / speed;
    let due = performance.now() + interval;
    let frame = 0;
    const tick = (now: number) => {
      if (now >= due) {
        due = nextDue(due, now, interval);
        stepBy(1);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, stepBy]);
}
