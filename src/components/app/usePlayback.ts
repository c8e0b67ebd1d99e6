import { useEffect } from 'react';
import { useActions, useAppState } from '../../store/StoreProvider';

/** Milliseconds between steps at 1× speed. */
export const BASE_INTERVAL_MS = 1000;

/** While playing, advances one step per interval (shorter at higher speeds). */
export function usePlayback(): void {
  const playing = useAppState((s) => s.playing);
  const speed = useAppState((s) => s.speed);
  const { stepBy } = useActions();
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => stepBy(1), BASE_INTERVAL_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, stepBy]);
}
