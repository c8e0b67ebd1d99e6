import { memo } from 'react';
import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT, type Involvement } from '../common/hooks';
import { focusHandlers } from './focusHandlers';
import { opName } from './graphInspect';
import { labelKey } from './labelPlan';
import { gateIdLabel, gradientLabel, valueLabel, type TextLabel } from './labels';
import type { NodeBox } from './layout';
import { SumTag } from './SumTag';

interface Props {
  readonly node: GraphNodeResult;
  readonly box: NodeBox;
  /** Drawn on its lane, away from its own place (scrolled out of view). */
  readonly pinned: boolean;
  readonly analysis: GraphAnalysis;
  /** Keys of the labels that do not fit (shown only on hover and focus; see labelPlan). */
  readonly hidden: ReadonlySet<string>;
  /** The node's value and gradient once the cursor has revealed them. */
  readonly value: number | undefined;
  readonly grad: number | undefined;
  readonly involvement: Involvement;
  /** This step completes the node's gradient from its branches: the sum is written out. */
  readonly summing: boolean;
  readonly focused: boolean;
}

const attr = (v: number | undefined): string | undefined =>
  v === undefined ? undefined : String(v);

/** A label drawn relative to the node's centre. */
function Label({ label, box, className }: { label: TextLabel; box: NodeBox; className: string }) {
  return (
    <text className={className} x={label.x - box.x} y={label.y - box.y} fontSize={label.size}>
      {label.text}
    </text>
  );
}

/**
 * A variable (a box with its name), a constant (a small box with its value) or a gate (a
 * circle with its operation). Its output stub carries the value above and, once the
 * backward pass reaches it, the gradient ∂f/∂node below. Carries the DOM test hooks and
 * `data-current` while the current step writes it. A label that would touch another one
 * (see ./labelPlan) is drawn only while the node is hovered or focused.
 */
export const GraphNode = memo(function GraphNode({
  node,
  box,
  pinned,
  analysis,
  hidden,
  value,
  grad,
  involvement,
  summing,
  focused,
}: Props) {
  const t = useT();
  const { setFocus } = useActions();
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
  // At its own place a label may be left out; on a lane there is always room.
  const fits = (kind: 'value' | 'grad' | 'id' | 'sum') =>
    pinned || focused || !hidden.has(labelKey(kind, node.id));
  const overflow = (kind: 'value' | 'grad' | 'id' | 'sum') =>
    !pinned && hidden.has(labelKey(kind, node.id)) ? ' overflow' : '';
  const room = Math.max(box.halfHeight, 26);

  return (
    <g
      data-testid={node.domId}
      data-op={node.op ?? undefined}
      data-value={attr(value)}
      data-grad={attr(grad)}
      data-current={involvement === 'write' ? 'true' : undefined}
      className={cx(
        'graph-node',
        node.kind,
        involvement,
        focused && 'focused',
        summing && 'summing',
        pinned && 'pinned',
      )}
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
        y={-room - 4}
        width={box.stubEnd - box.x + box.halfWidth + 4}
        height={2 * room + 8}
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
      {node.kind === 'gate' && fits('id') && (
        <Label label={gateIdLabel(box, node.id)} box={box} className={`gate-id${overflow('id')}`} />
      )}
      {node.kind !== 'const' && value !== undefined && fits('value') && (
        <Label
          label={valueLabel(box, value)}
          box={box}
          className={`wire-value${overflow('value')}`}
        />
      )}
      {grad !== undefined && fits('grad') && (
        <Label
          label={gradientLabel(box, node, grad, summing)}
          box={box}
          className={`wire-grad${overflow('grad')}`}
        />
      )}
      {summing && !pinned && fits('sum') && <SumTag node={node} analysis={analysis} box={box} />}
    </g>
  );
});
