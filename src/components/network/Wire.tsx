import type { ReactNode } from 'react';
import { cx } from '../common/classNames';
import type { Point } from './layout';
import { strokeWidth } from './weightStyle';

/** A weight's wire: width by |w|, dashed when negative (sign never by colour alone). */
export function Wire({ from, to, w }: { from: Point; to: Point; w: number }) {
  return (
    <line
      className={cx('wire', w < 0 && 'dashed')}
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
      strokeWidth={strokeWidth(w)}
    />
  );
}

interface LabelProps {
  readonly at: Point;
  readonly className: string;
  /** Above the wire (negative) or below it (positive), in em. */
  readonly dy: string;
  readonly fontSize: number;
  readonly children: ReactNode;
}

/** A number written along a wire: a weight above it, a gradient below it. */
export function WireLabel({ at, className, dy, fontSize, children }: LabelProps) {
  return (
    <text className={className} x={at.x} y={at.y} dy={dy} fontSize={fontSize}>
      {children}
    </text>
  );
}
