import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fitLabels, type LabelFit } from './labelFit';

export interface PhaseLabelText {
  readonly full: string;
  readonly short: string;
  /** The share of the timeline's width that the phase's band takes (0 … 1). */
  readonly share: number;
}

/**
 * Which name each phase label can show in its band at the timeline's current width
 * (labelFit.ts): measured with the labels' own font, again whenever the timeline is resized
 * or the names change (another language). Until measured the list is empty (the timeline
 * keeps its labels hidden). Measured at the start of the next animation frame, when the
 * page is laid out anyway, and rendered at once there (flushSync), before that frame is
 * painted: measured in React's commit instead, it made the browser lay the whole new page
 * out inside the opening task (27–45 ms more, and the task over 100 ms). Labels equal in
 * content are not measured again (a new trace of the same shape, as after Apply update).
 *
 * @example const fits = useLabelFit(labelsRef, labels);
 */
export function useLabelFit(
  container: RefObject<HTMLElement | null>,
  labels: readonly PhaseLabelText[],
): readonly LabelFit[] {
  const key = JSON.stringify(labels);
  const same = useMemo(() => JSON.parse(key) as readonly PhaseLabelText[], [key]);
  const [fits, setFits] = useState<readonly LabelFit[]>([]);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let active = true;
    const measure = () => {
      if (!active) return;
      canvas.current ??= document.createElement('canvas');
      const context = canvas.current.getContext('2d');
      if (context === null) return;
      const style = getComputedStyle(element);
      // The current phase's label is bold: measure every label as if it were.
      context.font = `600 ${style.fontSize} ${style.fontFamily}`;
      const width = element.clientWidth;
      // Half an em clear before the next band's label: with 4 px, the cost's "C" read as
      // part of "Backward pass" on a projector.
      const gap = Math.max(4, parseFloat(style.fontSize) * 0.5);
      const next = fitLabels(
        same.map((label) => ({
          full: context.measureText(label.full).width,
          short: context.measureText(label.short).width,
          room: label.share * width,
        })),
        gap,
      );
      flushSync(() => setFits((previous) => (previous.join() === next.join() ? previous : next)));
    };
    const frame = requestAnimationFrame(measure);
    // Chinese fonts may arrive after the first measure.
    void document.fonts?.ready.then(measure);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      active = false;
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [container, same]);
  return fits;
}
