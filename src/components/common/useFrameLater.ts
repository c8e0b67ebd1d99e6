import { useEffect, useState } from 'react';
import { useAppState } from '../../store/StoreProvider';

/**
 * While the trace plays, `value` as it was `frames` animation frames ago; otherwise
 * `value` itself. The panels that follow the step take it (its narration one frame after
 * the diagram, its formula two), so that while playing each typesets and lays out in a
 * frame of its own: in the diagram's frame they made it take 35–40 ms on a large network.
 * A step taken by hand shows everywhere at once, and costs no second render.
 */
export function useFrameLater<T>(value: T, frames: 1 | 2 = 1): T {
  const playing = useAppState((s) => s.playing);
  // What is shown while playing; null when not playing (then `value` is).
  const [held, setHeld] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    // Not playing, nothing is held: no frame to wait for at each step.
    if (!playing) return undefined;
    let frame = requestAnimationFrame(() => {
      if (frames === 1) setHeld({ value });
      else frame = requestAnimationFrame(() => setHeld({ value }));
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, value, frames]);
  // When playing stops, what was held goes, so that the next play starts from the step.
  useEffect(() => (playing ? () => setHeld(null) : undefined), [playing]);
  return playing && held !== null ? held.value : value;
}
