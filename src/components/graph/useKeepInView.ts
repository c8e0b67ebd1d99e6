import { useEffect, type RefObject } from 'react';
import type { TraceStep } from '../../engine';
import { prefersReducedMotion } from '../common/reducedMotion';
import { fittingTarget, scrollToShow, stepTargets } from './follow';
import type { Rect } from './geometry';
import type { GraphLayout } from './layout';
import { visibleFrame } from './visibleFrame';

/** Room kept between the step's elements and the edge of the visible box (CSS px). */
const MARGIN = 14;

/**
 * Scrolls the diagram's box (never the page) so that what the current step writes, and
 * what it reads where that fits too, is in the visible part of the box: smoothly, unless
 * the reader prefers reduced motion. Positions come from the layout, not from the DOM, so
 * a step costs no layout of a big drawing.
 */
export function useKeepInView(
  container: RefObject<HTMLElement | null>,
  drawing: RefObject<SVGSVGElement | null>,
  layout: GraphLayout,
  step: TraceStep | undefined,
  scale: number,
): void {
  useEffect(() => {
    const box = container.current;
    const svg = drawing.current;
    if (box === null || svg === null || step === undefined) return;
    const frame = visibleFrame(box);
    if (frame.right - frame.left < 2 * MARGIN || frame.bottom - frame.top < 2 * MARGIN) return;
    const at = svg.getBoundingClientRect();
    const toClient = (r: Rect | undefined): Rect | undefined =>
      r === undefined
        ? undefined
        : {
            left: at.left + r.left * scale,
            right: at.left + r.right * scale,
            top: at.top + r.top * scale,
            bottom: at.top + r.bottom * scale,
          };
    const targets = stepTargets(layout, step);
    const target = fittingTarget(
      [targets.homes, targets.all, targets.writes].map(toClient),
      frame.right - frame.left - 2 * MARGIN,
      frame.bottom - frame.top - 2 * MARGIN,
    );
    if (target === undefined) return;
    const { dx, dy } = scrollToShow(target, frame, MARGIN);
    if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
    box.scrollBy({ left: dx, top: dy, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [container, drawing, layout, step, scale]);
}
