/** A touch's start or end: where (CSS px) and when (ms). */
export interface TouchMark {
  readonly x: number;
  readonly y: number;
  readonly time: number;
}

/** How far a swipe must travel sideways, and how long it may take. */
export const SWIPE = {
  minDistance: 48,
  /** Sideways travel over up-or-down travel: a swipe is clearly horizontal. */
  minRatio: 1.8,
  maxDuration: 1000,
} as const;

/**
 * The step a finger's stroke asks for: −1 for a swipe to the right (back, as when turning a
 * page), +1 for a swipe to the left (on), 0 for anything else (a tap, a scroll up or down, a
 * slow drag, a diagonal).
 */
export function swipeStep(start: TouchMark, end: TouchMark): -1 | 0 | 1 {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (end.time - start.time > SWIPE.maxDuration) return 0;
  if (Math.abs(dx) < SWIPE.minDistance || Math.abs(dx) < SWIPE.minRatio * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
