import { useRef, type TouchEvent } from 'react';
import { useActions } from '../../store/StoreProvider';
import { swipeStep, type TouchMark } from './swipe';

/** Where a swipe steps: on the diagram's box or on the step card. */
const SWIPE_AREAS = '.diagram-scroll, .step-card, .caption-bar';
/** Where a finger means something else: fields, the timeline (it drags), wide formulas. */
const NOT_A_SWIPE = 'input, select, textarea, [contenteditable="true"], .track, .edit-popover';

/**
 * Swipe left or right on the diagram or the step card to step on or back. Touch events are
 * only listened to (passive), never cancelled, so the page still scrolls up and down under
 * the same finger; a stroke counts only when it is clearly sideways (swipe.ts). No swipe
 * while the diagram or a formula is wider than its box (zoomed in: the finger pans it), nor
 * while the page is pinch-zoomed, nor with two fingers.
 *
 * @example <main {...useSwipeSteps(walksTrace)}>
 */
export function useSwipeSteps(enabled: boolean): {
  onTouchStart?: (event: TouchEvent) => void;
  onTouchEnd?: (event: TouchEvent) => void;
} {
  const { stepBy } = useActions();
  const start = useRef<TouchMark | null>(null);
  if (!enabled) return {};
  return {
    onTouchStart: (event) => {
      const touch = event.touches[0];
      start.current =
        event.touches.length === 1 && touch !== undefined && swipeable(event.target)
          ? { x: touch.clientX, y: touch.clientY, time: event.timeStamp }
          : null;
    },
    onTouchEnd: (event) => {
      const from = start.current;
      start.current = null;
      const touch = event.changedTouches[0];
      if (from === null || touch === undefined || event.touches.length > 0) return;
      const step = swipeStep(from, { x: touch.clientX, y: touch.clientY, time: event.timeStamp });
      if (step !== 0) stepBy(step);
    },
  };
}

function swipeable(target: EventTarget): boolean {
  if (!(target instanceof Element)) return false;
  const area = target.closest(SWIPE_AREAS);
  if (area === null || target.closest(NOT_A_SWIPE) !== null) return false;
  if ((window.visualViewport?.scale ?? 1) > 1.01) return false;
  // Anything between the finger and the area that scrolls sideways takes the stroke itself.
  for (let node: Element | null = target; node !== null; node = node.parentElement) {
    if (node.scrollWidth > node.clientWidth + 1 && scrollsSideways(node)) return false;
    if (node === area) break;
  }
  return true;
}

function scrollsSideways(element: Element): boolean {
  const overflow = getComputedStyle(element).overflowX;
  return overflow === 'auto' || overflow === 'scroll';
}
