import { useEffect } from 'react';
import { useActions, useAppStoreApi } from '../../store/StoreProvider';

/** True when the key press belongs to a text field, a select or an editable element. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The stepping keys, anywhere on the page: ←/→ step, Space play/pause, Home/End,
 * PageUp/PageDown (presentation clickers), [ and ] jump between phases; Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z undo and redo edits.
 */
export function useKeyboard(): void {
  const actions = useActions();
  const { store } = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Ctrl/Cmd+Z undoes an edit, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it; text fields
      // keep their own undo.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !isTyping(event.target)) {
        const key = event.key.toLowerCase();
        if (key === 'z' || key === 'y') {
          event.preventDefault();
          if (key === 'y' || event.shiftKey) actions.redo();
          else actions.undo();
          return;
        }
      }
      // The training scene has its own keys (see training/); the trace cursor is not on screen.
      if (store.getState().scene === 'training') return;
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTyping(event.target)
      )
        return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Space and Enter activate a focused button themselves.
      if (
        (event.key === ' ' || event.key === 'Enter') &&
        target?.closest('button, [role="button"], a, summary')
      )
        return;
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
  }, [actions, store]);
}
