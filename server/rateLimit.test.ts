import { describe, expect, it } from 'vitest';
import { createTokenBucket, createWindowLimiter } from './rateLimit.ts';

describe('createWindowLimiter', () => {
  it('blocks a key after `limit` events in the window, until they age out', () => {
    let now = 0;
    const limiter = createWindowLimiter({ limit: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked('a')).toBe(false);
      limiter.hit('a');
      now += 100;
    }
    expect([limiter.blocked('a'), limiter.blocked('b')]).toEqual([true, false]);
    now = 1001; // the first event has left the window
    expect(limiter.blocked('a')).toBe(false);
  });
});

describe('createTokenBucket', () => {
  it('allows a burst, then the steady rate', () => {
    let now = 0;
    const bucket = createTokenBucket({ capacity: 3, perSecond: 2, now: () => now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 500; // one token back
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now = 100_000; // never more than the capacity
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
