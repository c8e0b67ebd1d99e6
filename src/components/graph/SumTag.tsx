import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import { useT } from '../common/hooks';
import { sumOffset } from './labels';
import type { NodeBox } from './layout';
import { branchValues, SUM_FONT, SUM_LINE, sumBoxSize, sumLines, sumTotal } from './sumTag';

/**
 * While a fan-out completes: the branch gradients written out as a column addition under
 * the node, the sum below the line (the layout keeps this room free). A long sum shows
 * its first and last terms and says how many it leaves out.
 */
export function SumTag({
  node,
  analysis,
  box,
}: {
  node: GraphNodeResult;
  analysis: GraphAnalysis;
  box: NodeBox;
}) {
  const t = useT();
  const lines = sumLines(branchValues(analysis, node));
  const { width, height } = sumBoxSize(analysis, node);
  const rule = lines.length * SUM_LINE + 6;
  return (
    <g
      className="sum-tag diagram-label"
      transform={`translate(${-box.halfWidth},${sumOffset(box)})`}
    >
      <rect width={width} height={height} rx={8} />
      {lines.map((line, i) => (
        <text key={i} x={width - 10} y={(i + 1) * SUM_LINE} fontSize={SUM_FONT}>
          {line.kind === 'term' ? line.text : t('graph.sumMore', { count: line.count })}
        </text>
      ))}
      <line x1={6} x2={width - 6} y1={rule} y2={rule} />
      <text className="sum-total" x={width - 10} y={rule + SUM_LINE} fontSize={SUM_FONT}>
        {sumTotal(node)}
      </text>
    </g>
  );
}
