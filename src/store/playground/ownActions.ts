import type { DataPoint } from '../../engine';
import type { AppState } from '../types';
import { roundPoint } from './derive';
import type { OwnEdit, OwnPoints, PlaygroundFields } from './fields';
import {
  addPoint,
  importedPoints,
  movePoint,
  removePoint,
  type PointRef,
  type PointSet,
} from './ownEdits';
import { restart } from './restart';

/**
 * Edits of the user's own points. Every one shows the own points (the Data mode's source
 * becomes `own`), restarts training from θ⁰ with the settings in force (as any change of
 * the data does), and can be undone with {@link OwnPointsActions.undoOwnEdit}.
 */
export interface OwnPointsActions {
  /** Replaces the user's own points (rounded to three decimals) and shows them. */
  setOwnPoints(points: OwnPoints): void;
  /** One point more in `set` (nothing when there are already the most allowed). */
  addOwnPoint(set: PointSet, point: DataPoint): void;
  /** Moves a point to (x1, x2), kept on the plane; its label and set stay. */
  moveOwnPoint(ref: PointRef, x1: number, x2: number): void;
  removeOwnPoint(ref: PointRef): void;
  clearOwnPoints(): void;
  /**
   * Points read from a CSV file replace the own points: in the file's sets, or split by
   * the training share and the seed when it names none.
   */
  importOwnPoints(points: readonly DataPoint[], sets: readonly PointSet[] | null): void;
  /** Takes back the last edit of the own points, while nothing else has replaced them. */
  undoOwnEdit(): void;
  /** Makes the last edit undone again, while nothing else has replaced the points since. */
  redoOwnEdit(): void;
}

/** Undo remembers this many edits of the own points. */
export const OWN_UNDO_LIMIT = 100;

/** Whether the last edit of the own points can be undone (a link since then replaced them). */
export function canUndoOwnEdit(s: Pick<PlaygroundFields, 'ownHistory' | 'ownPoints'>): boolean {
  return s.ownHistory.at(-1)?.after === s.ownPoints;
}

/** Whether the last edit undone can be made again (nothing has replaced the points since). */
export function canRedoOwnEdit(s: Pick<PlaygroundFields, 'ownFuture' | 'ownPoints'>): boolean {
  return s.ownFuture.at(-1)?.before === s.ownPoints;
}

type Set = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

/** The own points' actions, for createPlaygroundActions. */
export function createOwnPointsActions(set: Set): OwnPointsActions {
  /** One edit: the new points shown, a new run, and the step recorded for undo. */
  const edit = (next: (s: AppState) => OwnPoints) =>
    set((s) => {
      const before = s.ownPoints;
      const after = next(s);
      if (after === before && s.trainingData.source === 'own') return {};
      const history = canUndoOwnEdit(s) ? s.ownHistory : [];
      const step: OwnEdit = { before, after };
      const fields = {
        trainingData: { mode: 'data' as const, source: 'own' as const },
        ownPoints: after,
        ownHistory: after === before ? history : [...history, step].slice(-OWN_UNDO_LIMIT),
        // A new edit starts a new line of edits: what was undone cannot be made again.
        ownFuture: after === before ? s.ownFuture : [],
      };
      return { ...fields, ...restart({ ...s, ...fields }) };
    });
  return {
    setOwnPoints: (points) =>
      edit(() => ({ train: points.train.map(roundPoint), test: points.test.map(roundPoint) })),
    addOwnPoint: (target, point) => edit((s) => addPoint(s.ownPoints, target, point)),
    moveOwnPoint: (ref, x1, x2) => edit((s) => movePoint(s.ownPoints, ref, x1, x2)),
    removeOwnPoint: (ref) => edit((s) => removePoint(s.ownPoints, ref)),
    clearOwnPoints: () => edit(() => ({ train: [], test: [] })),
    importOwnPoints: (points, sets) =>
      edit((s) => importedPoints(points, sets, s.split, s.dataSeed)),
    undoOwnEdit: () =>
      set((s) => {
        const last = s.ownHistory.at(-1);
        if (last === undefined || !canUndoOwnEdit(s)) return {};
        const future = canRedoOwnEdit(s) ? s.ownFuture : [];
        const fields = {
          ownPoints: last.before,
          ownHistory: s.ownHistory.slice(0, -1),
          ownFuture: [...future, last],
        };
        return { ...fields, ...restart({ ...s, ...fields }) };
      }),
    redoOwnEdit: () =>
      set((s) => {
        const next = s.ownFuture.at(-1);
        if (next === undefined || !canRedoOwnEdit(s)) return {};
        const fields = {
          ownPoints: next.after,
          ownHistory: [...s.ownHistory, next].slice(-OWN_UNDO_LIMIT),
          ownFuture: s.ownFuture.slice(0, -1),
        };
        return { ...fields, ...restart({ ...s, ...fields }) };
      }),
  };
}
