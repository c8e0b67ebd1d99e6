import { useCallback, useState } from 'react';

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The content box of an element in CSS pixels, kept current by a ResizeObserver (rounded,
 * so that sub-pixel jitter does not lay the diagram out again).
 *
 * @example const [ref, size] = useBoxSize({ width: 480, height: 0 }); <div ref={ref}>…</div>
 */
export function useBoxSize(fallback: BoxSize): [(element: HTMLElement | null) => void, BoxSize] {
  const [size, setSize] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null) return undefined;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect === undefined || !(rect.width > 0)) return;
      const next = { width: Math.round(rect.width), height: Math.round(rect.height) };
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
