import { useEffect, useRef, type RefObject } from 'react';

/** A point of the drawing (layout units) that should stay under a point of the screen. */
export interface ZoomAnchor {
  readonly x: number;
  readonly y: number;
  readonly clientX: number;
  readonly clientY: number;
}

/**
 * Pinch with two fingers (touch) or Ctrl + wheel (a trackpad's pinch) zooms the diagram
 * about the point between the fingers; one finger or the wheel still pans, because the
 * box scrolls. `onScale` gets the new scale and the point to keep in place.
 */
export function usePinchZoom(
  container: RefObject<HTMLElement | null>,
  drawing: RefObject<SVGSVGElement | null>,
  scale: number,
  onScale: (scale: number, anchor: ZoomAnchor) => void,
): void {
  const current = useRef({ scale, onScale });
  useEffect(() => {
    current.current = { scale, onScale };
  }, [scale, onScale]);
  useEffect(() => {
    const box = container.current;
    if (box === null) return undefined;
    const anchorAt = (clientX: number, clientY: number): ZoomAnchor | undefined => {
      const svg = drawing.current;
      if (svg === null) return undefined;
      const at = svg.getBoundingClientRect();
      const s = current.current.scale;
      return { x: (clientX - at.left) / s, y: (clientY - at.top) / s, clientX, clientY };
    };
    let pinch: { distance: number; scale: number } | null = null;
    const spread = (e: TouchEvent) => {
      const [a, b] = [e.touches[0], e.touches[1]];
      return a === undefined || b === undefined
        ? null
        : {
            distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
            x: (a.clientX + b.clientX) / 2,
            y: (a.clientY + b.clientY) / 2,
          };
    };
    const start = (e: TouchEvent) => {
      const s = e.touches.length === 2 ? spread(e) : null;
      pinch =
        s === null || s.distance < 1
          ? null
          : { distance: s.distance, scale: current.current.scale };
    };
    const move = (e: TouchEvent) => {
      const s = pinch === null || e.touches.length !== 2 ? null : spread(e);
      if (pinch === null || s === null) return;
      e.preventDefault();
      const anchor = anchorAt(s.x, s.y);
      if (anchor !== undefined)
        current.current.onScale((pinch.scale * s.distance) / pinch.distance, anchor);
    };
    const end = (e: TouchEvent) => {
      if (e.touches.length < 2) pinch = null;
    };
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      const anchor = anchorAt(e.clientX, e.clientY);
      if (anchor !== undefined)
        current.current.onScale(current.current.scale * Math.exp(-e.deltaY / 300), anchor);
    };
    box.addEventListener('touchstart', start, { passive: true });
    box.addEventListener('touchmove', move, { passive: false });
    box.addEventListener('touchend', end, { passive: true });
    box.addEventListener('touchcancel', end, { passive: true });
    box.addEventListener('wheel', wheel, { passive: false });
    return () => {
      box.removeEventListener('touchstart', start);
      box.removeEventListener('touchmove', move);
      box.removeEventListener('touchend', end);
      box.removeEventListener('touchcancel', end);
      box.removeEventListener('wheel', wheel);
    };
  }, [container, drawing]);
}
