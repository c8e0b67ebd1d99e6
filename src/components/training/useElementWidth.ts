import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS pixels, kept current by a ResizeObserver, so that charts
 * draw at their real size (text stays readable on a phone instead of being scaled down).
 *
 * @example const [ref, width] = useElementWidth(480); <div ref={ref}>…</div>
 */
export function useElementWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null) return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
