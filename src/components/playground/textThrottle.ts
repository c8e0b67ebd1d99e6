import { useCallback, useState } from 'react';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';

/** While training plays, numbers written into the page change at most this often. */
export const TEXT_INTERVAL_MS = 100;

/**
 * Whether numbers are due to be written as text: always when the run rests, at most every
 * {@link TEXT_INTERVAL_MS} while it plays. At sixty changes a second the numbers are a
 * blur (from the back of a room above all), and each change lays its box out again; the
 * canvases still draw every frame.
 */
export class TextClock {
  private wroteAt = -Infinity;

  due(playing: boolean, now: number): boolean {
    if (playing && now - this.wroteAt < TEXT_INTERVAL_MS) return false;
    this.wroteAt = now;
    return true;
  }
}

/** A {@link TextClock} for one component's frames. */
export function useTextDue(): (frame: PlaygroundFrame) => boolean {
  const [clock] = useState(() => new TextClock());
  return useCallback(
    (frame: PlaygroundFrame) => clock.due(frame.playing, performance.now()),
    [clock],
  );
}
