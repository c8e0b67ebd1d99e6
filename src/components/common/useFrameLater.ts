import { useEffect, useState } from 'react';
import { useAppState } from '../../store/StoreProvider';

/**
 * While the trace plays, `value` as it was `frames` animation frames ago; otherwise
 * `value` itself. The panels that follow the step take it (its narration one frame after
 * the diagram, its formula two), so that while playing each typesets and lays out in a
 * frame of its own: in the diagram's frame they made it take 35–40 ms on a large network.
 * A step taken by hand shows everywhere at once.
 */
export function useFrameLater<T>(value: T, frames: 1 | 2 = 1): T {
  const playing = useAppState((s) => s.playing);
  const [later, setLater] = useState(() => value);
  // Not playing, the held value follows at once, so that playing starts from it.
  if (!playing && !Object.is(later, value)) setLater(() => value);
  useEffect(() => {
    if (!playing) return undefined;
    let frame = requestAnimationFrame(() => {
      if (frames === 1) setLater(() => value);
      else frame = requestAnimationFrame(() => setLater(() => value));
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, value, frames]);
  return playing ? later : value;
}
