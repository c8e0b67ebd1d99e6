import { useEffect } from 'react';

/** True when the key press belongs to a text field, a select or an editable element. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The training scene's keys (the app's stepping keys are off in this scene): → or
 * PageDown one step, ← or PageUp one step back, Space play/pause, Home back to θ⁰.
 */
export function useTrainingKeys(commands: {
  step: () => void;
  back: () => void;
  toggle: () => void;
  reset: () => void;
}): void {
  const { step, back, toggle, reset } = commands;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
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
      const command: Partial<Record<string, () => void>> = {
        ArrowRight: step,
        PageDown: step,
        ArrowLeft: back,
        PageUp: back,
        ' ': toggle,
        Home: reset,
      };
      const run = event.shiftKey ? undefined : command[event.key];
      if (run === undefined) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step, back, toggle, reset]);
}
