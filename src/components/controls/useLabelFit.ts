import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
 * or the names change (another language). Until
 * measured, every label shows in full. Labels equal in content are not measured again (a
 * new trace of the same shape, as after Apply update): measuring makes the browser lay the
 * page out at once, 60 ms after a large network's commit.
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
  useLayoutEffect(() => {
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
      setFits((previous) => (previous.join() === next.join() ? previous : next));
    };
    measure();
    // Chinese fonts may arrive after the first measure.
    void document.fonts?.ready.then(measure);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      active = false;
      observer.disconnect();
    };
  }, [container, same]);
  return fits;
}
