import { startTransition, useCallback, useState } from 'react';

/** An element's width in CSS pixels, and whether it has been measured yet. */
export interface ElementWidth {
  readonly width: number;
  readonly measured: boolean;
}

/**
 * The width of an element in CSS pixels, kept current by a ResizeObserver, so that charts
 * draw at their real size (text stays readable on a phone instead of being scaled down).
 * `measured` is false until the observer's first report: a chart drawn before it would be
 * drawn twice (the training scene's charts at the fallback width, then at their own, took
 * 70 ms of the scene's opening). What follows a measure renders as a transition, in slices.
 *
 * @example const [ref, { width, measured }] = useElementWidth(480); <div ref={ref}>…</div>
 */
export function useElementWidth(
  fallback: number,
): [(element: HTMLElement | null) => void, ElementWidth] {
  const [size, setSize] = useState<ElementWidth>({ width: fallback, measured: false });
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null) return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured === undefined || measured <= 0) return;
      const width = Math.round(measured);
      startTransition(() =>
        setSize((old) => (old.measured && old.width === width ? old : { width, measured: true })),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
