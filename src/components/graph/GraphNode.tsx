import { memo } from 'react';
import type { GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { focusHandlers } from './focusHandlers';
import { branchesOf, completedSums, involvementOf, known, type GraphView } from './graphView';
import { gradLabel, SMALL_FONT, textWidth, type NodeBox } from './layout';

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
            op: t(`graph.op.${node.op ?? 'add'}`),
            label: node.label,
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
      {sum && <SumTag node={node} view={view} x={dx} />}
    </g>
  );
});

/** While a fan-out completes: the branch gradients that add up to the Σ above. */
function SumTag({ node, view, x }: { node: GraphNodeResult; view: GraphView; x: number }) {
  const text = branchesOf(view.analysis, node)
    .map((b) => (b.value === null ? '0' : formatNumber(b.value)))
    .join(' + ')
    .replace(/\+ \u2212/g, '\u2212 ');
  const width = textWidth(text, SMALL_FONT) + 18;
  return (
    <g className="sum-tag" transform={`translate(${x},44)`}>
      <rect x={-width / 2} y={-12} width={width} height={24} rx={12} />
      <text dy="0.35em" fontSize={SMALL_FONT}>
        {text}
      </text>
    </g>
  );
}
