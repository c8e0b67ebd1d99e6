import { memo, useMemo } from 'react';
import { pathOf } from './geometry';
import type { LaneGeometry } from './layout';

/**
 * A lane: the one wire that carries a node's value to all of its far consumers, each of
 * which taps it (./GraphEdge draws the taps). Only its segments `from` … `to` are drawn,
 * the part near the view on a large graph.
 */
export const GraphLane = memo(function GraphLane({
  lane,
  from,
  to,
}: {
  lane: LaneGeometry;
  from: number;
  to: number;
}) {
  const d = useMemo(() => pathOf(lane.segments.slice(from, to)), [lane, from, to]);
  return <path className="graph-lane wire" d={d} data-lane={lane.source} />;
});
