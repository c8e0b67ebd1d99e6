import type { Rect } from './geometry';

/**
 * The part of an element a person can actually see, in viewport pixels: its box, inside
 * the viewport, minus whatever fixed or sticky bar of the page covers it (the step
 * controls at the bottom, a pinned card, a header). Reads layout: call it in effects and
 * event handlers, not while rendering.
 */

const pinned = (element: Element): boolean => {
  const position = getComputedStyle(element).position;
  return position === 'fixed' || position === 'sticky';
};

/** The fixed or sticky element at a point of the viewport that does not hold `inside`. */
function coverAt(x: number, y: number, inside: Element): Element | null {
  const top = document.elementFromPoint(x, y);
  for (let e: Element | null = top; e !== null; e = e.parentElement) {
    if (e.contains(inside)) return null;
    if (pinned(e)) return e;
  }
  return null;
}

/** The viewport's rows not covered by pinned bars, probed down the middle of `element`. */
export function uncoveredRows(element: Element): { top: number; bottom: number } {
  const box = element.getBoundingClientRect();
  const x = Math.min(window.innerWidth - 1, Math.max(0, (box.left + box.right) / 2));
  const header = coverAt(x, 1, element);
  const footer = coverAt(x, window.innerHeight - 2, element);
  return {
    top: header === null ? 0 : header.getBoundingClientRect().bottom,
    bottom: footer === null ? window.innerHeight : footer.getBoundingClientRect().top,
  };
}

/** The visible part of a scroll container's inner box (its padding box), in viewport pixels. */
export function visibleFrame(container: HTMLElement): Rect {
  const box = container.getBoundingClientRect();
  const left = box.left + container.clientLeft;
  const top = box.top + container.clientTop;
  const rows = uncoveredRows(container);
  return {
    left: Math.max(left, 0),
    right: Math.min(left + container.clientWidth, window.innerWidth),
    top: Math.max(top, rows.top),
    bottom: Math.min(top + container.clientHeight, rows.bottom),
  };
}
