import type { PracticePrompt } from '../../store/practice/prompt';
import { useDerived } from '../../store/StoreProvider';

/**
 * The practice question of the current step, while it is open: the formula, narration and
 * caption then show the question instead of the step's numbers.
 *
 * @example const asked = useAskedHere(); asked?.ladder[2].tex // 'z_{1} = … = \boxed{?}'
 */
export function useAskedHere(): PracticePrompt | null {
  return useDerived((select, s) => {
    const prompt = select.practicePrompt(s);
    return prompt !== null && prompt.step === s.cursor - 1 ? prompt : null;
  });
}
