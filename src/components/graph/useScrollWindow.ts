import { useEffect, useState, type RefObject } from 'react';
import type { Rect } from './geometry';
import { visibleFrame } from './visibleFrame';

/**
 * The part of the diagram in view, in layout units: the container's visible box (inside
 * the viewport, above sticky bars) mapped through the drawing's position and scale.
 * Updated once per frame while the box or the page scrolls, and when the scale changes.
 */
export function useScrollWindow(
  container: RefObject<HTMLElement | null>,
  drawing: RefObject<SVGSVGElement | null>,
  scale: number,
  /** Anything that moves or resizes the drawing (the layout). */
  drawn: object,
): Rect | null {
  const [view, setView] = useState<Rect | null>(null);
  useEffect(() => {
    const box = container.current;
    if (box === null) return undefined;
    let queued = 0;
    const update = () => {
      queued = 0;
      const svg = drawing.current;
      if (svg === null) return;
      const frame = visibleFrame(box);
      const at = svg.getBoundingClientRect();
      const next: Rect = {
        left: (frame.left - at.left) / scale,
        right: (frame.right - at.left) / scale,
        top: (frame.top - at.top) / scale,
        bottom: (frame.bottom - at.top) / scale,
      };
      setView((previous) =>
        previous !== null &&
        Math.abs(previous.left - next.left) < 0.5 &&
        Math.abs(previous.top - next.top) < 0.5 &&
        Math.abs(previous.right - next.right) < 0.5 &&
        Math.abs(previous.bottom - next.bottom) < 0.5
          ? previous
          : next,
      );
    };
    const schedule = () => {
      if (queued === 0) queued = requestAnimationFrame(update);
    };
    update();
    box.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(box);
    return () => {
      cancelAnimationFrame(queued);
      box.removeEventListener('scroll', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [container, drawing, scale, drawn]);
  return view;
}
