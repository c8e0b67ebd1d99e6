import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but while `throttle` is on it changes at most once every `ms` milliseconds —
 * for panels too costly to recompute on every animation frame while training runs.
 * When `throttle` is off the current value is returned at once.
 */
export function useThrottled<T>(value: T, ms: number, throttle: boolean): T {
  const [held, setHeld] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(held, value)) return undefined;
    const wait = throttle ? Math.max(0, last.current + ms - performance.now()) : 0;
    const timer = window.setTimeout(() => {
      last.current = performance.now();
      setHeld(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, held, ms, throttle]);
  return throttle ? held : value;
}
