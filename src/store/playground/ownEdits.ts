import { MAX_USER_POINTS, PLANE, type DataPoint } from '../../engine';
import type { CsvSet } from '../../engine/playground/csv';
import { roundPoint, splitPoints } from './derive';
import type { OwnPoints } from './fields';

/**
 * The user's own points as edits make them: pure functions from the points to new
 * points (never mutated, so the store can keep the old ones for undo), and the hit test
 * that tells which point is under the pointer.
 */

/** The two sets an own point can belong to. */
export type PointSet = CsvSet;
export const POINT_SETS: readonly PointSet[] = ['train', 'test'];

/** One own point: its set and its index there. */
export interface PointRef {
  readonly set: PointSet;
  readonly index: number;
}

/** How many own points there are, in both sets. */
export const ownCount = (points: OwnPoints): number => points.train.length + points.test.length;

/** Whether one more point can be added (at most {@link MAX_USER_POINTS}, as for a file). */
export const hasRoom = (points: OwnPoints): boolean => ownCount(points) < MAX_USER_POINTS;

const onPlane = (v: number) => Math.max(-PLANE, Math.min(PLANE, Number.isFinite(v) ? v : 0));

const withSet = (points: OwnPoints, set: PointSet, list: readonly DataPoint[]): OwnPoints =>
  set === 'train' ? { train: list, test: points.test } : { train: points.train, test: list };

/** The points with one more in `set`, held on the plane and to three decimals; unchanged when full. */
export function addPoint(points: OwnPoints, set: PointSet, point: DataPoint): OwnPoints {
  if (!hasRoom(points)) return points;
  const added = roundPoint({ x1: onPlane(point.x1), x2: onPlane(point.x2), label: point.label });
  return withSet(points, set, [...points[set], added]);
}

/** The points with `ref` moved to (x1, x2), held on the plane; unchanged for a missing ref. */
export function movePoint(points: OwnPoints, ref: PointRef, x1: number, x2: number): OwnPoints {
  const old = points[ref.set][ref.index];
  if (old === undefined) return points;
  const moved = roundPoint({ x1: onPlane(x1), x2: onPlane(x2), label: old.label });
  if (moved.x1 === old.x1 && moved.x2 === old.x2) return points;
  return withSet(
    points,
    ref.set,
    points[ref.set].map((p, i) => (i === ref.index ? moved : p)),
  );
}

/** The points without `ref`; unchanged for a missing ref. */
export function removePoint(points: OwnPoints, ref: PointRef): OwnPoints {
  if (points[ref.set][ref.index] === undefined) return points;
  return withSet(
    points,
    ref.set,
    points[ref.set].filter((_, i) => i !== ref.index),
  );
}

/**
 * Points read from a file: in the sets the file names, or (no set column) split by the
 * training share and the seed, as a generated set is.
 */
export function importedPoints(
  points: readonly DataPoint[],
  sets: readonly PointSet[] | null,
  split: number,
  seed: number,
): OwnPoints {
  if (sets === null) return splitPoints(points, split, seed);
  const rounded = points.map(roundPoint);
  return {
    train: rounded.filter((_, i) => sets[i] === 'train'),
    test: rounded.filter((_, i) => sets[i] === 'test'),
  };
}

/**
 * The point nearest (x1, x2) within `radius` (plane units) among `sets`, or null. The
 * last drawn wins a tie, as it is the one on top.
 */
export function pointAt(
  points: OwnPoints,
  x1: number,
  x2: number,
  radius: number,
  sets: readonly PointSet[] = POINT_SETS,
): PointRef | null {
  let best: PointRef | null = null;
  let bestD = radius * radius;
  for (const set of sets)
    points[set].forEach((p, index) => {
      const d = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = { set, index };
      }
    });
  return best;
}
