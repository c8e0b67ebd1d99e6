import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';
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
 * the panel ends up as tall as the diagram). Measured before the first paint, and
 * re-measured on resize; `measured` is false only in the first render, before that (a
 * diagram drawn then would be drawn twice, and a large one takes a second each time).
 *
 * With `later`, what follows each measure (a large network's diagram) renders as a
 * transition, in slices, after the page's first paint: rendered at once, the 8 × 16
 * network's first layers held the page 340 ms in one task.
 */
export function usePanelBox(
  panel: RefObject<HTMLElement | null>,
  fallback: Box,
  later = false,
): PanelBox {
  const [state, setState] = useState<PanelBox>({ box: fallback, measured: false });
  useLayoutEffect(
    () =>
      follow(panel.current, (next) => {
        if (later) startTransition(() => setState(next));
        else setState(next);
      }),
    [panel, later],
  );
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
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => observer.disconnect();
}
