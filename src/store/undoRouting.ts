import type { Actions, AppState } from './types';
import { dataModeShown } from './dataModeShown';

/**
 * Which history the undo and redo keys work on: the own points' while the user edits
 * them (the Data mode shown on own data), the scenario edits' everywhere else.
 */
export type UndoScope = 'own-points' | 'scenario';

/** The undo and redo keys: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redoes. */
export type UndoCommand = 'undo' | 'redo';

/**
 * The history the undo keys work on in this state. The own points are edited in the Data
 * mode of a scene that has one, on the source `own`; there Ctrl+Z takes back the last
 * point edit wherever the focus is (a tool button, the page), never a network edit hidden
 * behind the playground.
 */
export function undoScope(s: Pick<AppState, 'scene' | 'trainingData'>): UndoScope {
  const editingOwnPoints = dataModeShown(s) && s.trainingData.source === 'own';
  return editingOwnPoints ? 'own-points' : 'scenario';
}

/** The store action each undo key runs, by scope: one table, so a scope cannot miss one. */
export const UNDO_ACTIONS: Readonly<
  Record<UndoScope, Readonly<Record<UndoCommand, (actions: Actions) => void>>>
> = {
  'own-points': { undo: (a) => a.undoOwnEdit(), redo: (a) => a.redoOwnEdit() },
  scenario: { undo: (a) => a.undo(), redo: (a) => a.redo() },
};

/**
 * The undo command a key press asks for (null: none): Z with Ctrl or Cmd undoes, with
 * Shift too redoes, Y with Ctrl or Cmd redoes. Alt combinations are left to the system.
 */
export function undoCommandOf(key: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): UndoCommand | null {
  if (!(key.ctrlKey || key.metaKey) || key.altKey) return null;
  const name = key.key.toLowerCase();
  if (name === 'y') return 'redo';
  if (name === 'z') return key.shiftKey ? 'redo' : 'undo';
  return null;
}
