/** Hands frames to a slow painter one at a time (see latestFrame). */
export interface FrameQueue<F> {
  /** Asks for `frame`; settles once it, or a frame asked for after it, has been painted. */
  show(frame: F): Promise<void>;
  /** Paints the latest frame again (after the painter was replaced). */
  again(): void;
}

/**
 * One frame at a time goes to `paint`; frames asked for while it works are coalesced to
 * the latest, so five zooms in a row paint twice, not five times at up to a second each.
 * `busy(true)` is called when a frame is asked for and `busy(false)` once the latest one
 * is painted. `paint` is read at each frame, so a caller may swap it (`again` then repaints).
 */
export function latestFrame<F>(
  paint: () => (frame: F) => Promise<unknown>,
  busy: (busy: boolean) => void,
): FrameQueue<F> {
  let last: F | null = null;
  let pending: F | null = null;
  let running = false;
  const waiting: (() => void)[] = [];
  const pump = async () => {
    running = true;
    while (pending !== null) {
      const frame = pending;
      pending = null;
      // A frame that failed to paint leaves the last picture; the next one is tried.
      await paint()(frame).catch(() => undefined);
    }
    running = false;
    busy(false);
    for (const done of waiting.splice(0)) done();
  };
  return {
    show(frame) {
      last = frame;
      pending = frame;
      busy(true);
      const shown = new Promise<void>((resolve) => waiting.push(resolve));
      if (!running) void pump();
      return shown;
    },
    again() {
      // The painter's frame in progress never comes back: start over with the latest.
      running = false;
      if (last === null) return;
      pending = last;
      void pump();
    },
  };
}
