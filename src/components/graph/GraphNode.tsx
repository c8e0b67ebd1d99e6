import { memo } from 'react';
import type { GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { focusHandlers } from './focusHandlers';
import { opName } from './graphInspect';
import { branchesOf, completedSums, involvementOf, known, type GraphView } from './graphView';
import { maxOf } from './layering';
import { gradLabel, SMALL_FONT, SUM_LINE, sumHeight, textWidth, type NodeBox } from './layout';

interface Props {
  readonly node: GraphNodeResult;
  readonly box: NodeBox;
  readonly view: GraphView;
  readonly focused: boolean;
}

const attr = (v: number | undefined): string | undefined =>
  v === undefined ? undefined : String(v);

/**
 * A variable (a box with its name), a constant (a small box with its value) or a gate (a
 * circle with its operation). Its output stub carries the value above and, once the
 * backward pass reaches it, the gradient ∂f/∂node below. Carries the DOM test hooks.
 */
export const GraphNode = memo(function GraphNode({ node, box, view, focused }: Props) {
  const t = useT();
  const { setFocus } = useActions();
  const value = known(view, `value:${node.id}`);
  const grad = known(view, `grad:${node.id}`);
  const involvement = involvementOf(view, node.domId);
  const sum = completedSums(view).some((n) => n.id === node.id);
  const show = (v: number | undefined) => (v === undefined ? t('graph.notYet') : formatNumber(v));
  const label =
    node.kind === 'var'
      ? t('graph.varAria', { name: node.id, value: show(value), grad: show(grad) })
      : node.kind === 'const'
        ? t('graph.constAria', { value: node.label })
        : t('graph.gateAria', {
            id: node.id,
            op: opName(node, t),
            value: show(value),
            grad: show(grad),
          });
  const dx = box.labelX - box.x;

  return (
    <g
      data-testid={node.domId}
      data-op={node.op ?? undefined}
      data-value={attr(value)}
      data-grad={attr(grad)}
      className={cx('graph-node', node.kind, involvement, focused && 'focused', sum && 'summing')}
      transform={`translate(${box.x},${box.y})`}
      role="button"
      aria-label={label}
      {...focusHandlers(node.domId, setFocus)}
    >
      <title>{label}</title>
      {/* The node and its stub with both labels: one target for pointer and touch. */}
      <rect
        className="hit"
        x={-box.halfWidth - 4}
        y={-Math.max(box.halfHeight, 26) - 4}
        width={box.stubEnd - box.x + box.halfWidth + 4}
        height={2 * Math.max(box.halfHeight, 26) + 8}
      />
      {node.kind === 'gate' ? (
        <circle className="shape" r={box.halfWidth} />
      ) : (
        <rect
          className="shape"
          x={-box.halfWidth}
          y={-box.halfHeight}
          width={2 * box.halfWidth}
          height={2 * box.halfHeight}
          rx={node.kind === 'var' ? 8 : 5}
        />
      )}
      <text className="op-label" dy="0.35em">
        {node.label}
      </text>
      {node.kind === 'gate' && (
        <text className="gate-id" y={-box.halfHeight - 7} fontSize={SMALL_FONT}>
          {node.id}
        </text>
      )}
      {node.kind !== 'const' && value !== undefined && (
        <text className="wire-value" x={dx} y={-8}>
          {formatNumber(value)}
        </text>
      )}
      {grad !== undefined && (
        <text className="wire-grad" x={dx} y={21}>
          {gradLabel(node, grad)}
        </text>
      )}
      {sum && <SumTag node={node} view={view} box={box} />}
    </g>
  );
});

/**
 * While a fan-out completes: the branch gradients written out as a column addition under
 * the node, the sum below the line (the layout keeps this room free).
 */
function SumTag({ node, view, box }: { node: GraphNodeResult; view: GraphView; box: NodeBox }) {
  const values = branchesOf(view.analysis, node).map((b) => b.value ?? 0);
  const lines = values.map((v, i) =>
    i === 0 ? formatNumber(v) : `${v < 0 ? '\u2212' : '+'} ${formatNumber(Math.abs(v))}`,
  );
  const total = `Σ ${formatNumber(node.grad ?? NaN)}`;
  const width =
    maxOf(
      [...lines, total].map((l) => textWidth(l, SMALL_FONT)),
      0,
    ) + 20;
  const height = sumHeight(node);
  const rule = lines.length * SUM_LINE + 6;
  return (
    <g className="sum-tag" transform={`translate(${-box.halfWidth},${box.halfHeight + 6})`}>
      <rect width={width} height={height} rx={8} />
      {lines.map((line, i) => (
        <text key={i} x={width - 10} y={(i + 1) * SUM_LINE} fontSize={SMALL_FONT}>
          {line}
        </text>
      ))}
      <line x1={6} x2={width - 6} y1={rule} y2={rule} />
      <text className="sum-total" x={width - 10} y={rule + SUM_LINE} fontSize={SMALL_FONT}>
        {total}
      </text>
    </g>
  );
}
