import { describe, expect, it } from 'vitest';
import { TEXT_INTERVAL_MS, TextClock } from './textThrottle';

describe('TextClock', () => {
  it('lets numbers change at most every TEXT_INTERVAL_MS while playing, always at rest', () => {
    const clock = new TextClock();
    expect(clock.due(true, 0)).toBe(true);
    expect(clock.due(true, 16)).toBe(false);
    expect(clock.due(true, TEXT_INTERVAL_MS - 1)).toBe(false);
    expect(clock.due(true, TEXT_INTERVAL_MS)).toBe(true);
    expect(clock.due(true, TEXT_INTERVAL_MS + 16)).toBe(false);
    // The run rests: its numbers are written at once, whenever that is.
    expect(clock.due(false, TEXT_INTERVAL_MS + 17)).toBe(true);
    expect(clock.due(false, TEXT_INTERVAL_MS + 18)).toBe(true);
  });
});
