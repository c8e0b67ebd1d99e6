import { useEffect, type RefObject } from 'react';
import { useDerived } from '../../store/StoreProvider';
import { followRect } from './followRect';
import { keepRectInView } from './keepRectInView';
import type { NetworkLayout } from './layout';

interface Props {
  readonly container: RefObject<HTMLElement | null>;
  readonly layout: NetworkLayout;
  readonly scale: number;
}

/**
 * Follows the step: what it writes (and, where that fits, what it reads) scrolls into the
 * panel when it is outside. A component of its own, drawing nothing, so that only it
 * re-renders at each step, not the scene around the diagram.
 */
export function FollowStep({ container, layout, scale }: Props) {
  const step = useDerived((select, s) => select.currentStep(s));
  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const follow = () => {
      const view = { width: element.clientWidth / scale, height: element.clientHeight / scale };
      const rect = followRect(step, layout, view);
      if (rect === null) return;
      keepRectInView(element, {
        x0: rect.x0 * scale,
        y0: rect.y0 * scale,
        x1: rect.x1 * scale,
        y1: rect.y1 * scale,
      });
    };
    // Measured in the next frame, whose layout the browser does anyway: measuring in the
    // effect made the key press lay the page out itself (10–15 ms on the 12 × 64 network).
    const frame = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(frame);
  }, [container, step, layout, scale]);
  return null;
}
