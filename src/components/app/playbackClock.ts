/**
 * When the next step of playback is due, given when this one was due and the time now:
 * one interval later, keeping the rate even when a frame comes late, but never already
 * past, so that a stall (a hidden tab, a long task) does not fire a burst of steps.
 */
export function nextDue(due: number, now: number, interval: number): number {
  const next = due + interval;
  return next > now ? next : now + interval;
}
