import type { Point } from './layout';
import {
  boxAround,
  createIndex,
  inflate,
  rectsOverlap,
  segmentBox,
  segmentHitsRect,
  type Rect,
  type Segment,
  type SpatialIndex,
} from './spatialIndex';

/**
 * Where the diagram's labels go so that no two of them, and no label and a node, overlap.
 * Pure: it sees labels as estimated boxes (textBox.ts) and nodes and wires as geometry.
 *
 * Labels are placed greedily in priority order: each takes the first of its candidate
 * centres that is free of nodes and of labels already placed, preferring one that no
 * other element's wire passes under; a label that finds no such place is left out (the
 * diagram shows it on hover or focus instead, and the inspector always has it).
 */

/** A label to place: its box and where it may go, best first. */
export interface LabelRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Candidate centres of the label's box, best first. */
  readonly at: readonly Point[];
  /** The element whose wire the label belongs to: it may sit on that wire. */
  readonly owner?: string;
  /**
   * `avoid`: left out rather than placed over another element's wire. `allow`: placed over
   * as few wires as it can (for labels the lesson cannot do without).
   */
  readonly wires: 'avoid' | 'allow';
}

export interface PlacementScene {
  /** Boxes no label may cover: nodes, band titles. */
  readonly obstacles: readonly Rect[];
  readonly wires: readonly Segment[];
  /** Labels stay inside this box. */
  readonly bounds: Rect;
  /** Clear space kept around every label, in CSS px. */
  readonly gap: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly center: Point;
  /** The label's box, without the gap. */
  readonly box: Rect;
}

export interface Placement {
  /** Placed labels by id; a label absent here was left out. */
  readonly placed: ReadonlyMap<string, PlacedLabel>;
  readonly left: ReadonlySet<string>;
}

function inside(box: Rect, bounds: Rect): boolean {
  return box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
}

/** The prepared scene: obstacles and wires indexed once, reused by both passes. */
export interface IndexedScene {
  readonly scene: PlacementScene;
  readonly obstacles: SpatialIndex<Rect>;
  readonly wires: SpatialIndex<Segment>;
}

export function indexScene(scene: PlacementScene): IndexedScene {
  const obstacles = createIndex<Rect>();
  for (const r of scene.obstacles) obstacles.insert(r, r);
  const wires = createIndex<Segment>();
  for (const s of scene.wires) wires.insert(segmentBox(s), s);
  return { scene, obstacles, wires };
}

/** Wires past this many under a label count the same: the label is on a tangle anyway. */
const WIRE_LIMIT = 4;

/** How many wires (up to `limit`), other than the label's own, pass under `box`. */
function wiresUnder(
  indexed: IndexedScene,
  box: Rect,
  owner: string | undefined,
  limit = WIRE_LIMIT,
): number {
  return indexed.wires.count(box, (s) => s.owner !== owner && segmentHitsRect(s, box), limit);
}

const always = () => true;

function hitsObstacle(indexed: IndexedScene, box: Rect): boolean {
  return indexed.obstacles.count(box, always, 1) > 0;
}

/**
 * Places `labels` (highest priority first) in `scene`. Deterministic: the same input
 * always gives the same placement.
 */
export function placeLabels(indexed: IndexedScene, labels: readonly LabelRequest[]): Placement {
  const { gap, bounds } = indexed.scene;
  const taken = createIndex<PlacedLabel>();
  const placed = new Map<string, PlacedLabel>();
  const left = new Set<string>();
  for (const label of labels) {
    let best: { center: Point; box: Rect; wires: number } | null = null;
    for (const center of label.at) {
      const box = boxAround(center, label.width, label.height);
      const padded = inflate(box, gap);
      if (!inside(box, bounds) || hitsObstacle(indexed, box)) continue;
      if (taken.count(padded, always, 1) > 0) continue;
      const wires = wiresUnder(indexed, box, label.owner, label.wires === 'avoid' ? 1 : WIRE_LIMIT);
      if (best === null || wires < best.wires) best = { center, box, wires };
      if (wires === 0) break;
    }
    if (best === null || (best.wires > 0 && label.wires === 'avoid')) {
      left.add(label.id);
      continue;
    }
    const done = { id: label.id, center: best.center, box: best.box };
    placed.set(label.id, done);
    taken.insert(best.box, done);
  }
  return { placed, left };
}

/** What the current step (or the pointer) changes in the standing placement. */
export interface Overlay {
  /** Labels placed for this moment, that the standing placement had left out. */
  readonly added: ReadonlyMap<string, PlacedLabel>;
  /** Standing labels hidden for this moment, to make room for the added ones. */
  readonly hidden: ReadonlySet<string>;
}

export const NO_OVERLAY: Overlay = { added: new Map(), hidden: new Set() };

/**
 * Brings `demanded` labels (the current step's, the focused element's) into view on top
 * of the standing placement `base`: a demanded label already placed stays; one left out
 * takes the candidate that hides the fewest standing labels (then covers the fewest
 * wires), never covering a node or another demanded label; the standing labels it
 * covers are hidden for the moment. A demanded label with no such place stays out.
 */
export function overlay(
  indexed: IndexedScene,
  base: Placement,
  demanded: readonly LabelRequest[],
): Overlay {
  return overlayOn(indexed, base)(demanded);
}

/**
 * {@link overlay} for one standing placement, with its labels indexed once: the diagram
 * asks for a new overlay at every step.
 */
export function overlayOn(
  indexed: IndexedScene,
  base: Placement,
): (demanded: readonly LabelRequest[]) => Overlay {
  const { gap, bounds } = indexed.scene;
  const standing = createIndex<PlacedLabel>();
  for (const label of base.placed.values()) standing.insert(label.box, label);
  return (demanded) => {
    if (demanded.every((label) => base.placed.has(label.id))) return NO_OVERLAY;
    const protectedIds = new Set(demanded.map((d) => d.id).filter((id) => base.placed.has(id)));
    const added = new Map<string, PlacedLabel>();
    const hidden = new Set<string>();
    const fresh = createIndex<PlacedLabel>();
    for (const label of demanded) {
      if (base.placed.has(label.id) || added.has(label.id)) continue;
      let best: { center: Point; box: Rect; covers: PlacedLabel[]; score: number } | null = null;
      for (const center of label.at) {
        const box = boxAround(center, label.width, label.height);
        const padded = inflate(box, gap);
        if (!inside(box, bounds) || hitsObstacle(indexed, box)) continue;
        if (fresh.count(padded, always, 1) > 0) continue;
        const covers = standing.query(padded).filter((p) => !hidden.has(p.id));
        if (covers.some((p) => protectedIds.has(p.id))) continue;
        const score = covers.length * 1000 + wiresUnder(indexed, box, label.owner);
        if (best === null || score < best.score) best = { center, box, covers, score };
        if (score === 0) break;
      }
      if (best === null) continue;
      for (const p of best.covers) hidden.add(p.id);
      const done = { id: label.id, center: best.center, box: best.box };
      added.set(label.id, done);
      fresh.insert(best.box, done);
    }
    return { added, hidden };
  };
}

/** Whether two placed boxes overlap: for tests and for callers that check a result. */
export function overlapping(a: PlacedLabel, b: PlacedLabel): boolean {
  return rectsOverlap(a.box, b.box);
}
