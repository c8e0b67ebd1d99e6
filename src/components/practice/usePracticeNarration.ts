import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { questionLabel } from './questionLabel';
import { useAskedHere } from './useAskedHere';

/**
 * The narration while practice asks the current step's value: what to compute, never the
 * number (the step's own sentence may quote it). Null when nothing is asked here.
 *
 * @example const asked = usePracticeNarration(); <p>{asked ?? sentence}</p>
 */
export function usePracticeNarration(): string | null {
  const t = useT();
  const asked = useAskedHere();
  const layers = useAppState((s) => s.network.layers);
  return asked === null
    ? null
    : t('practice.narration', { what: questionLabel(asked.target, layers, t) });
}
