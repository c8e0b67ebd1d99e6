import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Box } from './layout';

/** Changes smaller than this are ignored, so a scrollbar or a rounding never re-lays out. */
const STEP = 8;

interface PanelBox {
  readonly box: Box;
  readonly measured: boolean;
}

/**
 * The room the page gives the diagram: the panel's inner width, and its height, or its
 * `max-height` when the panel grows with its content (then the diagram fits that, and
 * the panel ends up as tall as the diagram). Measured once the page has laid itself out
 * (in the next animation frame, and by a ResizeObserver on every resize), never inside
 * React's commit: measuring there made the browser lay out the whole new page at once,
 * 55–70 ms inside the opening task. `measured` is false until then (a diagram drawn
 * before would be drawn twice, and a large one takes a second each time).
 *
 * What follows each measure (the diagram) renders as a transition, in slices, after the
 * page's first paint: rendered at once, the default network's diagram held the opening
 * task 115 ms, and the 8 × 16 network's first layers 340 ms.
 */
export function usePanelBox(panel: RefObject<HTMLElement | null>, fallback: Box): PanelBox {
  const [state, setState] = useState<PanelBox>({ box: fallback, measured: false });
  useEffect(() => follow(panel.current, (next) => startTransition(() => setState(next))), [panel]);
  return state;
}

/** Measures `element` now and at every resize, telling `set` how the box changes. */
function follow(
  element: HTMLElement | null,
  set: (next: (old: PanelBox) => PanelBox) => void,
): (() => void) | undefined {
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
    set((old) => {
      const same =
        Math.abs(old.box.width - next.width) < STEP &&
        Math.abs(old.box.height - next.height) < STEP;
      if (same && old.measured) return old;
      return { box: same ? old.box : next, measured: true };
    });
  };
  // The observer's first report comes only for a box that is not empty: the frame's
  // measure covers a panel that opens empty and grows later.
  const frame = requestAnimationFrame(measure);
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
