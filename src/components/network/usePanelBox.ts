import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Box } from './layout';

/** Changes smaller than this are ignored, so a scrollbar or a rounding never re-lays out. */
const STEP = 8;

/**
 * The room the page gives the diagram: the panel's inner width, and its height, or its
 * `max-height` when the panel grows with its content (then the diagram fits that, and
 * the panel ends up as tall as the diagram). Measured, and re-measured on resize.
 */
export function usePanelBox(panel: RefObject<HTMLElement | null>, fallback: Box): Box {
  const [box, setBox] = useState<Box>(fallback);
  useLayoutEffect(() => {
    const element = panel.current;
    if (element === null) return undefined;
    const measure = () => {
      const style = getComputedStyle(element);
      const max = parseFloat(style.maxHeight);
      const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      const height = Number.isFinite(max) && max > 0 ? max - borders : element.clientHeight;
      const next = {
        width: Math.floor(element.clientWidth / STEP) * STEP,
        height: Math.floor(height / STEP) * STEP,
      };
      setBox((old) =>
        Math.abs(old.width - next.width) < STEP && Math.abs(old.height - next.height) < STEP
          ? old
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [panel]);
  return box;
}
