import { useEffect } from 'react';
import { SCENE_MODELS } from '../../store/scenes';
import { useActions, useAppState } from '../../store/StoreProvider';

/** Milliseconds between steps at 1× speed. */
export const BASE_INTERVAL_MS = 1000;

/**
 * While a scene that walks its trace plays, advances one step per interval (shorter at
 * higher speeds). A scene with its own controls (training) runs its own loop.
 */
export function usePlayback(): void {
  const playing = useAppState((s) => s.playing && SCENE_MODELS[s.scene].walksTrace);
  const speed = useAppState((s) => s.speed);
  const { stepBy } = useActions();
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => stepBy(1), BASE_INTERVAL_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, stepBy]);
}
