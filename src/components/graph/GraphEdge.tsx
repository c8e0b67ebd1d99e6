import { memo } from 'react';
import { cx } from '../common/classNames';
import type { EdgeActivity } from './graphView';
import { branchLabel } from './labels';
import type { EdgeGeometry } from './layout';

interface Props {
  readonly edge: EdgeGeometry;
  readonly activity: EdgeActivity;
  /** What the gate sends back along this branch of a value that fans out, once known. */
  readonly sent: number | undefined;
  /**
   * The branch label would touch another label: drawn only while the gate is hovered or
   * focused, on a backing that keeps it readable.
   */
  readonly overflow: boolean;
  /** The wire leaves its source's lane here: a dot marks the junction. */
  readonly junction: boolean;
}

/**
 * One wire into one input of a gate. It glows while the current step carries a value
 * (forward) or a gradient (backward) along it. A branch of a value that fans out is
 * labelled, near the gate, with the gradient that comes back along it, so the sum at the
 * source can be read off the diagram.
 */
export const GraphEdge = memo(function GraphEdge({
  edge,
  activity,
  sent,
  overflow,
  junction,
}: Props) {
  const label = sent === undefined ? undefined : branchLabel(edge, sent);
  const start = edge.segments[0]?.to;
  return (
    <g className={cx('graph-edge', activity)} data-edge={edge.id}>
      <path className="wire" d={edge.path} />
      {junction && start !== undefined && (
        <circle className="junction" cx={start.x} cy={start.y} r={3.5} />
      )}
      {label !== undefined && (
        <text
          className={cx('branch-grad', 'diagram-label', overflow && 'overflow')}
          data-for={edge.to}
          x={label.x}
          y={label.y}
          fontSize={label.size}
        >
          {label.text}
        </text>
      )}
    </g>
  );
});
