import { useEffect } from 'react';
import { isStepKey, isTyping } from '../common/keys';
import { SCENE_MODELS } from '../../store/scenes';
import { UNDO_ACTIONS, undoCommandOf, undoScope } from '../../store/undoRouting';
import { useActions, useAppStoreApi } from '../../store/StoreProvider';
import { neighbourChapter, useOpenChapter } from '../chapters/useOpenChapter';

/**
 * The stepping keys, anywhere on the page: ←/→ step, Space play/pause, Home/End,
 * PageUp/PageDown (presentation clickers), [ and ] jump between phases; Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z undo and redo edits (of the own points while they are edited); N / P (or Shift+PageDown / Shift+PageUp) the next and
 * previous chapter; B blanks the screen in presenter mode.
 */
export function useKeyboard(): void {
  const actions = useActions();
  const { store } = useAppStoreApi();
  const openChapter = useOpenChapter();
  useEffect(() => {
    const chapterBy = (direction: 1 | -1) => {
      const next = neighbourChapter(store.getState().chapter, direction);
      if (next !== undefined) openChapter(next);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // While the screen is blank, only B brings it back: a clicker must not move the
      // lesson on behind a black screen.
      if (store.getState().blank && !['b', 'B', '.'].includes(event.key)) {
        event.preventDefault();
        return;
      }
      // Esc leaves presenter mode (the browser also leaves full screen with it).
      if (event.key === 'Escape' && store.getState().presenter && !isTyping(event.target)) {
        actions.setPresenter(false);
        return;
      }
      // Ctrl/Cmd+Z undoes an edit, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it: this is the one
      // place that decides which history (own points or scenario edits, undoRouting.ts).
      // Text fields keep their own undo.
      const undoCommand = undoCommandOf(event);
      if (undoCommand !== null && !isTyping(event.target)) {
        event.preventDefault();
        UNDO_ACTIONS[undoScope(store.getState())][undoCommand](actions);
        return;
      }
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      // Chapters: Shift+PageDown/PageUp (clickers with a modifier) or N / P.
      if ((event.shiftKey && event.key === 'PageDown') || event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        chapterBy(1);
        return;
      }
      if ((event.shiftKey && event.key === 'PageUp') || event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        chapterBy(-1);
        return;
      }
      // B (or .) blanks the screen in presenter mode, as slide software does.
      if (
        (event.key === 'b' || event.key === 'B' || event.key === '.') &&
        store.getState().presenter
      ) {
        event.preventDefault();
        actions.toggleBlank();
        return;
      }
      // A scene that does not walk its trace (training) has keys of its own.
      if (!SCENE_MODELS[store.getState().scene].walksTrace) return;
      if (!isStepKey(event)) return;
      const commands: Record<string, () => void> = {
        ArrowRight: () => actions.stepBy(1),
        PageDown: () => actions.stepBy(1),
        ArrowLeft: () => actions.stepBy(-1),
        PageUp: () => actions.stepBy(-1),
        ' ': actions.togglePlaying,
        Home: actions.toStart,
        End: actions.toEnd,
        '[': () => actions.jumpPhase(-1),
        ']': () => actions.jumpPhase(1),
      };
      const command = commands[event.key];
      if (command === undefined) return;
      event.preventDefault();
      command();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, store, openChapter]);
}
