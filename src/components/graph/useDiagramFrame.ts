import { useEffect, useState, type RefObject } from 'react';
import { uncoveredRows } from './visibleFrame';

/**
 * The box the graph diagram is given, measured whenever it or the window changes size.
 *
 * - `width`: the scroll container's inner width.
 * - `height`: with a CSS `max-height`, the smaller of it and the room between the box's
 *   top and the bottom of the first screen (above sticky controls), so that the whole
 *   diagram is in view without scrolling the page; `limit` is then that height, for the
 *   box's own max-height. Without one (`max-height: none`) the box must have a definite
 *   height (a presenter or embed shell) and that is the height.
 * - `minLabel`, `maxScale`: the CSS custom properties `--graph-min-label` (px: the smallest
 *   label the diagram may shrink to on this layout) and `--graph-max-scale` (how much a
 *   small graph may grow to fill its box), set per layout in graphDiagram.css.
 */
export interface DiagramFrame {
  readonly width: number;
  readonly height: number;
  readonly limit: number | undefined;
  readonly minLabel: number;
  readonly maxScale: number;
}

/** Room under the box's top smaller than this means the box starts below the first screen. */
const MIN_FOLD = 200;

const DEFAULT_FRAME: DiagramFrame = {
  width: 800,
  height: 500,
  limit: undefined,
  minLabel: 12,
  maxScale: 1.25,
};

const readNumber = (style: CSSStyleDeclaration, name: string, fallback: number): number => {
  const value = parseFloat(style.getPropertyValue(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

function measure(container: HTMLElement): DiagramFrame {
  // The page's own max-height, without the limit this hook set on the element before.
  const own = container.style.maxHeight;
  container.style.maxHeight = '';
  const style = getComputedStyle(container);
  const cssMax = parseFloat(style.maxHeight);
  const frame = {
    width: container.clientWidth,
    minLabel: readNumber(style, '--graph-min-label', DEFAULT_FRAME.minLabel),
    maxScale: readNumber(style, '--graph-max-scale', DEFAULT_FRAME.maxScale),
  };
  const chrome = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  let result: DiagramFrame;
  if (!Number.isFinite(cssMax)) {
    result = { ...frame, height: container.clientHeight, limit: undefined };
  } else {
    const pageTop = container.getBoundingClientRect().top + window.scrollY;
    const fold = uncoveredRows(container).bottom + window.scrollY - pageTop - chrome;
    const height = fold >= MIN_FOLD ? Math.min(cssMax - chrome, fold) : cssMax - chrome;
    result = {
      ...frame,
      height,
      limit: height < cssMax - chrome ? Math.floor(height + chrome) : undefined,
    };
  }
  container.style.maxHeight = own;
  return result;
}

const same = (a: DiagramFrame, b: DiagramFrame) =>
  a.width === b.width &&
  a.height === b.height &&
  a.limit === b.limit &&
  a.minLabel === b.minLabel &&
  a.maxScale === b.maxScale;

/** Measures the container; re-renders only when the frame really changes. */
export function useDiagramFrame(container: RefObject<HTMLElement | null>): DiagramFrame {
  const [frame, setFrame] = useState<DiagramFrame>(DEFAULT_FRAME);
  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let queued = 0;
    const update = () => {
      queued = 0;
      const next = measure(element);
      setFrame((previous) => (same(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (queued === 0) queued = requestAnimationFrame(update);
    };
    update();
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    if (element.parentElement !== null) observer.observe(element.parentElement);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(queued);
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [container]);
  return frame;
}
