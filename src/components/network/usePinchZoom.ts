import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** The smallest and largest scale a pinch or the wheel reaches. */
export const SCALE_LIMITS = { min: 0.35, max: 3 } as const;

const clampScale = (s: number) => Math.max(SCALE_LIMITS.min, Math.min(SCALE_LIMITS.max, s));

/**
 * Two-finger pinch on a touch screen, and Ctrl + wheel (a laptop's trackpad pinch), scale
 * the diagram inside its panel around the point between the fingers (or the pointer); one
 * finger still scrolls. The panel sets `touch-action: pan-x pan-y` so that the browser
 * leaves the pinch to us instead of zooming the whole page.
 */
export function usePinchZoom(
  panel: RefObject<HTMLElement | null>,
  scale: number,
  setScale: (scale: number) => void,
): void {
  // Read at event time: a pinch changes the scale many times, and must not restart.
  const current = useRef(scale);
  useLayoutEffect(() => {
    current.current = scale;
  }, [scale]);
  useEffect(() => {
    const element = panel.current;
    if (element === null) return undefined;
    const touches = new Map<number, { x: number; y: number }>();
    let start: { distance: number; scale: number } | null = null;
    const distance = () => {
      const [a, b] = [...touches.values()];
      return a === undefined || b === undefined ? 0 : Math.hypot(a.x - b.x, a.y - b.y);
    };
    const middle = () => {
      const points = [...touches.values()];
      const x = points.reduce((s, p) => s + p.x, 0) / points.length;
      const y = points.reduce((s, p) => s + p.y, 0) / points.length;
      return { x, y };
    };
    // Scales about a point of the panel (client coordinates), keeping it under the fingers.
    const zoomAbout = (next: number, at: { x: number; y: number }) => {
      const frame = element.getBoundingClientRect();
      const px = at.x - frame.left + element.scrollLeft;
      const py = at.y - frame.top + element.scrollTop;
      const ratio = next / current.current;
      setScale(next);
      requestAnimationFrame(() => {
        element.scrollLeft = px * ratio - (at.x - frame.left);
        element.scrollTop = py * ratio - (at.y - frame.top);
      });
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (touches.size === 2) start = { distance: distance(), scale: current.current };
    };
    const move = (e: PointerEvent) => {
      if (!touches.has(e.pointerId)) return;
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (start === null || touches.size !== 2 || start.distance === 0) return;
      const next = clampScale(start.scale * (distance() / start.distance));
      if (Math.abs(next - current.current) > 0.01) zoomAbout(next, middle());
    };
    const up = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (touches.size < 2) start = null;
    };
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoomAbout(clampScale(current.current * Math.exp(-e.deltaY / 300)), {
        x: e.clientX,
        y: e.clientY,
      });
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('wheel', wheel);
    };
  }, [panel, setScale]);
}
