import { useEffect, useState } from 'react';

/**
 * True after `ms` without pointer, touch or key activity: presenter mode fades its
 * controls then, and brings them back on the next movement.
 */
export function useIdle(ms: number, active: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, wake);
      setIdle(false);
    };
  }, [ms, active]);
  return active && idle;
}
