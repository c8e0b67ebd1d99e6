/** A box in a scroll container's content coordinates (CSS px from its scrolled origin). */
export interface ContentRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function prefersReduced(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The scroll position, on one axis, that brings [low, high] into [pos, pos + size]. */
function follow(pos: number, size: number, low: number, high: number, margin: number): number {
  const m = Math.max(0, Math.min(margin, (size - (high - low)) / 2));
  if (high - low + 2 * m > size) return low - m; // too big: its start leads
  if (low - m < pos) return low - m;
  if (high + m > pos + size) return high + m - size;
  return pos;
}

/**
 * Scrolls `container` (never the page) by the least amount that brings `rect` inside it
 * with a margin, smoothly unless the user prefers reduced motion. The rect comes from the
 * layout, not from the DOM, so it works for elements that are not drawn one by one. When
 * the rect is larger than the container, its top-left corner leads.
 */
export function keepRectInView(container: HTMLElement, rect: ContentRect, margin = 24): void {
  const { scrollLeft, scrollTop, clientWidth, clientHeight } = container;
  const left = follow(scrollLeft, clientWidth, rect.x0, rect.x1, margin);
  const top = follow(scrollTop, clientHeight, rect.y0, rect.y1, margin);
  const maxLeft = container.scrollWidth - clientWidth;
  const maxTop = container.scrollHeight - clientHeight;
  const x = Math.max(0, Math.min(maxLeft, left));
  const y = Math.max(0, Math.min(maxTop, top));
  if (Math.abs(x - scrollLeft) < 1 && Math.abs(y - scrollTop) < 1) return;
  container.scrollTo({ left: x, top: y, behavior: prefersReduced() ? 'auto' : 'smooth' });
}
