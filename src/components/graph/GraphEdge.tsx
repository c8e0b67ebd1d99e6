import { memo } from 'react';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { edgeActivity, known, type GraphView } from './graphView';
import { SMALL_FONT, type EdgeGeometry } from './layout';

interface Props {
  readonly edge: EdgeGeometry;
  readonly view: GraphView;
  /** True when the wire's source fans out: its branch gradient is labelled on the wire. */
  readonly branch: boolean;
}

/**
 * One wire, from a node's stub into one input of a gate. It glows while the current step
 * carries a value (forward) or a gradient (backward) along it. A branch of a value that
 * fans out is labelled, near the gate, with the gradient that comes back along it, so the
 * sum at the source can be read off the diagram.
 */
export const GraphEdge = memo(function GraphEdge({ edge, view, branch }: Props) {
  const activity = edgeActivity(view, edge.from, edge.to, edge.slot);
  const shared = known(view, `contrib:${edge.to}:${edge.from}`);
  const gate = view.analysis.byId.get(edge.to);
  const sent = gate?.contributions[edge.slot];
  const showBranch = branch && shared !== undefined && typeof sent === 'number';
  return (
    <g className={cx('graph-edge', activity)} data-edge={edge.id}>
      <path className="wire" d={edge.path} />
      {showBranch && (
        <text
          className="branch-grad"
          x={edge.port.x - 8}
          y={edge.port.y + (edge.side > 0 ? 17 : -7)}
          fontSize={SMALL_FONT}
        >
          {formatNumber(sent)}
        </text>
      )}
    </g>
  );
});
