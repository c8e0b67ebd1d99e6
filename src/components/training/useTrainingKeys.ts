import { useEffect } from 'react';
import { isStepKey } from '../common/keys';

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
      if (!isStepKey(event)) return;
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
