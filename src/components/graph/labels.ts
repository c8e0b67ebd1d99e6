import type { GraphNodeResult } from '../../engine';
import { formatNumber } from '../../lib/format';
import type { Rect } from './geometry';
import { ASCENT, DESCENT, FONT_SIZE, SMALL_FONT, SUMMING_FONT, textWidth } from './textMetrics';

/**
 * Where each text label of the graph diagram goes, relative to the boxes of the layout:
 * a node's value above its output stub, its gradient below it, a gate's id above its
 * circle, and the branch gradient of a wire from a value that fans out beside the port
 * it enters. The layout reserves room from these, the diagram draws them, and the
 * collision check (./labelPlan) tests them: one definition for all three. Pure.
 */

/** The part of a node's layout box that labels hang from. */
export interface LabelAnchor {
  readonly x: number;
  readonly y: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** Where the stub labels are centred. */
  readonly labelX: number;
}

/** A line of text: its anchor point (baseline), alignment, size and content. */
export interface TextLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'middle' | 'end';
  readonly size: number;
  readonly text: string;
}

/** The box a label's glyphs take, from its ascent to its descent. */
export function labelRect(label: TextLabel): Rect {
  const width = textWidth(label.text, label.size);
  const left = label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return {
    left,
    right: left + width,
    top: label.y - ASCENT * label.size,
    bottom: label.y + DESCENT * label.size,
  };
}

/** The gradient label of a node: a node that fans out shows its gradient as a sum. */
export function gradText(node: GraphNodeResult, grad: number): string {
  return node.uses.length >= 2 ? `Σ ${formatNumber(grad)}` : formatNumber(grad);
}

/** A node's value, above its stub. */
export const valueLabel = (box: LabelAnchor, value: number): TextLabel => ({
  x: box.labelX,
  y: box.y - 8,
  anchor: 'middle',
  size: FONT_SIZE,
  text: formatNumber(value),
});

/** A node's gradient, below its stub; larger while the sum it completes is written out. */
export const gradientLabel = (
  box: LabelAnchor,
  node: GraphNodeResult,
  grad: number,
  summing = false,
): TextLabel => ({
  x: box.labelX,
  y: box.y + 21,
  anchor: 'middle',
  size: summing ? SUMMING_FONT : FONT_SIZE,
  text: gradText(node, grad),
});

/** A gate's id, above its circle. */
export const gateIdLabel = (box: LabelAnchor, id: string): TextLabel => ({
  x: box.x,
  y: box.y - box.halfHeight - 7,
  anchor: 'middle',
  size: SMALL_FONT,
  text: id,
});

/** Where a wire enters its gate, and on which side of the gate's centre. */
export interface PortAnchor {
  readonly port: { readonly x: number; readonly y: number };
  readonly side: -1 | 0 | 1;
}

/** The gradient a gate sends back along one branch of a value that fans out. */
export const branchLabel = (edge: PortAnchor, sent: number): TextLabel => ({
  x: edge.port.x - 8,
  y: edge.port.y + (edge.side > 0 ? 17 : -7),
  anchor: 'end',
  size: SMALL_FONT,
  text: formatNumber(sent),
});

/** How far below a node's centre its written-out sum starts: under its gradient label. */
export const sumOffset = (box: { readonly halfHeight: number }): number =>
  Math.max(box.halfHeight + 4, 28);

/** The written-out sum of a fan-out, under its node (size from ./sumTag). */
export const sumRect = (box: LabelAnchor, size: { width: number; height: number }): Rect => {
  const left = box.x - box.halfWidth;
  const top = box.y + sumOffset(box);
  return { left, top, right: left + size.width, bottom: top + size.height };
};
