import { useId, type ReactNode } from 'react';
import { innerBox } from './chartFrame';
import { useElementWidth } from './useElementWidth';

/** A chart's size: its box's measured width, its height and the inner drawing box. */
export interface ChartFrame {
  /** Goes on the chart's box, whose width it measures. */
  readonly measure: (element: HTMLElement | null) => void;
  readonly width: number;
  /** False until the box has been measured: the chart's content waits for it. */
  readonly measured: boolean;
  readonly height: number;
  readonly box: ReturnType<typeof innerBox>;
  readonly titleId: string;
}

/** Measures a chart of this height (the width is its box's, 480 px until measured). */
export function useChartFrame(height: number): ChartFrame {
  const [measure, { width, measured }] = useElementWidth(480);
  const titleId = useId();
  return { measure, width, measured, height, box: innerBox(width, height), titleId };
}

/**
 * The frame every chart of the scene shares: a panel titled by its heading, with options
 * beside the title, an optional legend, the SVG (an image with a spoken label) at the
 * measured width, and an optional note below. `message` stands in for the SVG when there
 * is nothing to plot.
 */
export function ChartPanel({
  frame,
  title,
  label,
  options,
  legend,
  note,
  noteClassName = 'chart-note',
  svgClassName = 'chart',
  testId,
  data,
  message,
  children,
}: {
  frame: ChartFrame;
  title: string;
  /** The SVG's accessible description. */
  label: string;
  options?: ReactNode;
  legend?: ReactNode;
  note?: ReactNode;
  noteClassName?: string;
  svgClassName?: string;
  testId?: string;
  /** Test hooks on the SVG (`data-points`, …). */
  data?: Readonly<Record<`data-${string}`, string | number>>;
  message?: ReactNode;
  children?: ReactNode;
}) {
  const { measure, width, measured, height, titleId } = frame;
  return (
    <section className="panel chart-panel" aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 id={titleId}>{title}</h2>
        {options}
      </div>
      {legend}
      <div ref={measure} className="chart-box">
        {message ?? (
          <svg
            width={width}
            height={height}
            className={svgClassName}
            role="img"
            aria-label={label}
            data-testid={testId}
            {...data}
          >
            {measured && children}
          </svg>
        )}
      </div>
      {note !== undefined && <p className={noteClassName}>{note}</p>}
    </section>
  );
}
