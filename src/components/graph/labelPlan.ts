import type { GraphAnalysis } from '../../engine';
import { intersects, type Rect } from './geometry';
import { branchLabel, gateIdLabel, gradientLabel, labelRect, sumRect, valueLabel } from './labels';
import { TERMINAL, type GraphLayout } from './layout';
import { sumBoxSize } from './sumTag';

/**
 * Which labels of the graph diagram can be drawn without touching another label or a
 * node. The layout reserves room for every label, so normally all of them can; where one
 * still would collide (a crowded typed expression), it is left out of the drawing and
 * shown only while its node is hovered or focused (the inspector lists it too). Checked
 * against the final numbers: a label only ever appears once its number is computed, so
 * what holds at the end holds at every step. Pure.
 */

export type LabelKind = 'value' | 'grad' | 'id' | 'sum' | 'branch';

export interface PlacedLabel {
  /** `KIND:NODE` for a node's labels, `branch:EDGE` for a wire's. */
  readonly key: string;
  readonly kind: LabelKind;
  readonly rect: Rect;
}

export interface LabelPlan {
  /** Every label that can appear, in the order they were placed (most important first). */
  readonly labels: readonly PlacedLabel[];
  /** Keys of the labels left out of the drawing (shown on hover and focus). */
  readonly hidden: ReadonlySet<string>;
  /** The shapes labels must keep clear of: nodes and the output terminal. */
  readonly shapes: readonly Rect[];
}

export const labelKey = (kind: LabelKind, id: string): string => `${kind}:${id}`;

/** A uniform grid of buckets, so that checking thousands of labels stays linear. */
class Buckets {
  private readonly cells = new Map<string, Rect[]>();
  constructor(private readonly size = 160) {}
  private keys(r: Rect): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(r.left / this.size); i <= Math.floor(r.right / this.size); i++)
      for (let j = Math.floor(r.top / this.size); j <= Math.floor(r.bottom / this.size); j++)
        keys.push(`${i},${j}`);
    return keys;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list === undefined) this.cells.set(k, [r]);
      else list.push(r);
    }
  }
  hits(r: Rect): boolean {
    return this.keys(r).some((k) => this.cells.get(k)?.some((o) => intersects(o, r)) ?? false);
  }
}

/** Every label the diagram can show, most important first. */
export function allLabels(analysis: GraphAnalysis, layout: GraphLayout): PlacedLabel[] {
  const labels: PlacedLabel[] = [];
  const add = (kind: LabelKind, id: string, rect: Rect) =>
    labels.push({ key: labelKey(kind, id), kind, rect });
  for (const n of analysis.nodes) {
    const box = layout.nodes.get(n.id);
    if (box === undefined) continue;
    if (n.kind !== 'const') add('value', n.id, labelRect(valueLabel(box, n.value)));
    if (n.grad !== null) add('grad', n.id, labelRect(gradientLabel(box, n, n.grad, true)));
  }
  for (const n of analysis.nodes) {
    const box = layout.nodes.get(n.id);
    if (box !== undefined && n.kind === 'gate') add('id', n.id, labelRect(gateIdLabel(box, n.id)));
  }
  for (const n of analysis.nodes) {
    const box = layout.nodes.get(n.id);
    if (box !== undefined && n.uses.length >= 2 && n.grad !== null)
      add('sum', n.id, sumRect(box, sumBoxSize(analysis, n)));
  }
  for (const edge of layout.edges) {
    if ((analysis.byId.get(edge.from)?.uses.length ?? 0) < 2) continue;
    const sent = analysis.byId.get(edge.to)?.contributions[edge.slot];
    if (typeof sent === 'number') add('branch', edge.id, labelRect(branchLabel(edge, sent)));
  }
  return labels;
}

/** The shapes of the diagram: every node's, and the output terminal's. */
export function shapesOf(layout: GraphLayout): Rect[] {
  const shapes: Rect[] = [...layout.nodes.values()].map((b) => ({
    left: b.x - b.halfWidth,
    right: b.x + b.halfWidth,
    top: b.y - b.halfHeight,
    bottom: b.y + b.halfHeight,
  }));
  const t = layout.terminal;
  shapes.push({
    left: t.x - TERMINAL.halfWidth,
    right: t.x + TERMINAL.halfWidth,
    top: t.y - TERMINAL.halfHeight,
    bottom: t.y + TERMINAL.halfHeight,
  });
  return shapes;
}

/** Places the labels in order; one that would touch a shape or a placed label is hidden. */
export function planLabels(analysis: GraphAnalysis, layout: GraphLayout): LabelPlan {
  const shapes = shapesOf(layout);
  const obstacles = new Buckets();
  shapes.forEach((s) => obstacles.add(s));
  const labels = allLabels(analysis, layout);
  const hidden = new Set<string>();
  for (const label of labels) {
    if (obstacles.hits(label.rect)) hidden.add(label.key);
    else obstacles.add(label.rect);
  }
  return { labels, hidden, shapes };
}
