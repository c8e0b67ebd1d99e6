import type { GraphNodeResult } from '../../engine';
import { union, type Rect } from './geometry';
import {
  gateIdLabel,
  gradientLabel,
  labelRect,
  sumOffset,
  sumRect,
  valueLabel,
  type LabelAnchor,
} from './labels';
import { FONT_SIZE, textWidth } from './textMetrics';

/**
 * The size of each kind of node of the graph diagram and the room its labels take: a gate
 * is a circle, a variable a box with its name, a constant a small box with its value.
 * Pure; shared by the layout and by the checks that no label overlaps another. Sizes of a
 * node's written-out sum come from ./sumTag's sumBoxSize, computed once by the caller.
 */

export const GATE_RADIUS = 24;
const VAR_HEIGHT = 36;
const CONST_HEIGHT = 30;

/** Half the width and height of a node's shape. */
export function halfSize(node: GraphNodeResult): { w: number; h: number } {
  if (node.kind === 'gate') return { w: GATE_RADIUS, h: GATE_RADIUS };
  if (node.kind === 'var')
    return { w: Math.max(22, (textWidth(node.label, FONT_SIZE) + 20) / 2), h: VAR_HEIGHT / 2 };
  return { w: Math.max(15, (textWidth(node.label, FONT_SIZE) + 14) / 2), h: CONST_HEIGHT / 2 };
}

/**
 * Room above and below a node's centre that the next node of its column must leave: its
 * id and value above, its gradient below and, for a value that fans out, the sum of its
 * branches written under it while it completes. Generous on purpose: the gap between two
 * gates also holds the branch gradients beside their ports.
 */
const ROOM = {
  gate: [48, 40],
  var: [38, 40],
  const: [22, 22],
} as const;

/** Room of a virtual item of a short track: a wire passes. */
export const WIRE_ROOM: readonly [number, number] = [14, 14];

/** `sum`: the size of the node's written-out sum (./sumTag's sumBoxSize), if it has room for one. */
export function roomOf(
  node: GraphNodeResult,
  sum: { readonly height: number } | undefined,
): readonly [above: number, below: number] {
  const [above, below] = ROOM[node.kind];
  if (sum === undefined || node.uses.length < 2 || node.grad === null) return [above, below];
  return [above, Math.max(below, sumOffset({ halfHeight: halfSize(node).h }) + sum.height + 10)];
}

/** Widest stub label of a node: its value above and its gradient below (constants have none). */
export function stubLabelWidth(node: GraphNodeResult): number {
  if (node.kind === 'const') return 0;
  const anchor = { x: 0, y: 0, halfWidth: 0, halfHeight: 0, labelX: 0 };
  const value = labelRect(valueLabel(anchor, node.value));
  const grad =
    node.grad === null ? undefined : labelRect(gradientLabel(anchor, node, node.grad, true));
  return Math.max(value.right - value.left, grad === undefined ? 0 : grad.right - grad.left);
}

/** Everything a node draws at `box`: its shape, its stub, its labels and its sum. */
export function extentOf(
  node: GraphNodeResult,
  box: LabelAnchor & { readonly stubEnd: number },
  sum: { readonly width: number; readonly height: number } | undefined,
): Rect {
  const shape: Rect = {
    left: box.x - box.halfWidth,
    right: box.stubEnd,
    top: box.y - box.halfHeight,
    bottom: box.y + box.halfHeight,
  };
  const rects: Rect[] = [shape];
  if (node.kind !== 'const') rects.push(labelRect(valueLabel(box, node.value)));
  if (node.grad !== null) rects.push(labelRect(gradientLabel(box, node, node.grad, true)));
  if (node.kind === 'gate') rects.push(labelRect(gateIdLabel(box, node.id)));
  if (sum !== undefined && node.uses.length >= 2 && node.grad !== null)
    rects.push(sumRect(box, sum));
  return union(rects) ?? shape;
}
