import { describe, expect, it } from 'vitest';
import { nextDue } from './playbackClock';

describe('playback clock', () => {
  it('keeps an even rate when frames come a little late', () => {
    // Steps due every 250 ms, taken at frames that come up to 16 ms after they are due.
    let due = 250;
    const taken: number[] = [];
    for (let frame = 0; frame * 16.7 < 2_600; frame++) {
      const now = frame * 16.7;
      if (now >= due) {
        taken.push(now);
        due = nextDue(due, now, 250);
      }
    }
    expect(taken).toHaveLength(10);
    taken.forEach((t, i) => expect(t - 250 * (i + 1)).toBeLessThan(16.7));
  });

  it('after a stall, takes one step and goes on from now rather than catching up', () => {
    // A hidden tab: no frame from 250 ms until 5 s.
    expect(nextDue(250, 5_000, 250)).toBe(5_250);
    expect(nextDue(250, 260, 250)).toBe(500);
  });
});
