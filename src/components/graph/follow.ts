import type { TraceStep } from '../../engine';
import { union, type Rect } from './geometry';
import { stepGate } from './graphView';
import { TERMINAL, type GraphLayout } from './layout';

/**
 * Where the graph diagram must scroll so that the current step is in view: the elements
 * it writes and, where they fit too, the values it reads. Pure; in layout units, except
 * {@link scrollToShow}, which works in the scrolled content's pixels.
 */

/** The node id of a diagram DOM id (`var-x` → `x`, `gate-g3` → `g3`); the output is `null`. */
function nodeIdOf(domId: string): string | null {
  if (domId === 'graph-output') return null;
  return domId.slice(domId.indexOf('-') + 1);
}

/**
 * The rectangle of a step element. A value the step's gate reads along a lane is shown
 * where the lane enters the gate: the node is pinned there (./viewport) while its own
 * place is out of view.
 */
function rectOf(layout: GraphLayout, domId: string, gate: string | undefined): Rect | undefined {
  const id = nodeIdOf(domId);
  if (id === null) {
    const t = layout.terminal;
    return {
      left: t.x - TERMINAL.halfWidth,
      right: t.x + TERMINAL.halfWidth,
      top: t.y - TERMINAL.halfHeight,
      bottom: t.y + TERMINAL.halfHeight,
    };
  }
  const home = layout.nodes.get(id);
  const lane = layout.lanes.get(id);
  if (lane === undefined || gate === undefined) return home?.extent;
  const edge = layout.edges.find((e) => e.from === id && e.to === gate && e.lane !== undefined);
  const gateBox = layout.nodes.get(gate);
  if (edge === undefined || gateBox === undefined) return home?.extent;
  // The pin in the column just before the gate: the lane item the wire leaves from.
  const before = lane.pins.filter((p) => p.column === gateBox.column - 1)[0];
  return before?.extent ?? home?.extent;
}

export interface StepTargets {
  /** The step's written elements, where each lane source is its pin before the gate. */
  readonly writes: Rect | undefined;
  /** Written and read elements together. */
  readonly all: Rect | undefined;
  /** The same, with every source at its own place (no pins). */
  readonly homes: Rect | undefined;
}

export function stepTargets(layout: GraphLayout, step: TraceStep | undefined): StepTargets {
  if (step === undefined) return { writes: undefined, all: undefined, homes: undefined };
  const gate = stepGate(step);
  const rects = (ids: readonly string[], pinned: boolean) =>
    ids.flatMap((id) => rectOf(layout, id, pinned ? gate : undefined) ?? []);
  return {
    writes: union(rects(step.writes, true)),
    all: union([...rects(step.writes, true), ...rects(step.reads, true)]),
    homes: union([...rects(step.writes, false), ...rects(step.reads, false)]),
  };
}

/** The first target that fits in a frame of `width` × `height` (same units), else the last. */
export function fittingTarget(
  candidates: readonly (Rect | undefined)[],
  width: number,
  height: number,
): Rect | undefined {
  const present = candidates.filter((r): r is Rect => r !== undefined);
  return (
    present.find((r) => r.right - r.left <= width && r.bottom - r.top <= height) ??
    present[present.length - 1]
  );
}

/**
 * The least scroll that brings `target` inside `view` with `margin` on each side (both in
 * content pixels): the change of scrollLeft and scrollTop. A target larger than the view
 * is aligned with its start.
 */
export function scrollToShow(target: Rect, view: Rect, margin: number): { dx: number; dy: number } {
  const delta = (low: number, high: number, min: number, max: number) => {
    const room = max - min - 2 * margin;
    if (high - low > room) return low - margin - min;
    if (low - margin < min) return low - margin - min;
    if (high + margin > max) return high + margin - max;
    return 0;
  };
  return {
    dx: delta(target.left, target.right, view.left, view.right),
    dy: delta(target.top, target.bottom, view.top, view.bottom),
  };
}
