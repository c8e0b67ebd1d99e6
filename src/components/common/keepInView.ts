/**
 * Scrolls `container` (never the page) by the least amount that brings `element` inside
 * it with a margin, horizontally and vertically, so the element the current step writes
 * stays in view on a diagram larger than its panel (a phone, a big network).
 */
export function keepInView(container: HTMLElement, element: Element, margin = 60): void {
  const box = element.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const delta = (low: number, high: number, min: number, max: number) =>
    low < min + margin ? low - min - margin : high > max - margin ? high - max + margin : 0;
  const dx =
    container.scrollWidth > container.clientWidth
      ? delta(box.left, box.right, frame.left, frame.right)
      : 0;
  const dy =
    container.scrollHeight > container.clientHeight
      ? delta(box.top, box.bottom, frame.top, frame.bottom)
      : 0;
  if (dx === 0 && dy === 0) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  container.scrollBy({ left: dx, top: dy, behavior: reduce ? 'auto' : 'smooth' });
}
