/**
 * The two rate limits the class server uses, both in memory and per process:
 * - {@link createWindowLimiter}: at most N events per key in a sliding window (failed
 *   joins and class creations per IP address).
 * - {@link createTokenBucket}: a burst, then a steady rate (messages on one connection,
 *   answers of one student).
 */

export interface WindowLimiter {
  /** Whether `key` has used up its events in the current window. */
  blocked(key: string): boolean;
  /** Counts one event for `key`. */
  hit(key: string): void;
  /** Forgets keys with nothing in the window (call now and then to bound memory). */
  prune(): void;
}

export interface WindowOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

/** At most `limit` events per key in any `windowMs`. */
export function createWindowLimiter({
  limit,
  windowMs,
  now = Date.now,
}: WindowOptions): WindowLimiter {
  const events = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = now() - windowMs;
    const kept = (events.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) events.set(key, kept);
    else events.delete(key);
    return kept;
  };
  return {
    blocked: (key) => recent(key).length >= limit,
    hit(key) {
      const kept = recent(key);
      kept.push(now());
      events.set(key, kept);
    },
    prune() {
      for (const key of [...events.keys()]) recent(key);
    },
  };
}

export interface TokenBucket {
  /** Takes one token; false when the bucket is empty. */
  take(): boolean;
}

export interface BucketOptions {
  /** The burst: how many tokens a full bucket holds. */
  readonly capacity: number;
  /** Tokens added back per second. */
  readonly perSecond: number;
  readonly now?: () => number;
}

/** A token bucket, full at the start. */
export function createTokenBucket({
  capacity,
  perSecond,
  now = Date.now,
}: BucketOptions): TokenBucket {
  let tokens = capacity;
  let last = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(capacity, tokens + ((at - last) / 1000) * perSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
