import type { TraceStep } from '../../engine';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { usePracticeNarration } from '../practice';
import { narrateNetworkStep } from './networkNarration';

/**
 * What the current step does and why, in the lecture's words (while practice asks the
 * step's value, what to compute). It is a polite live region: a screen reader reads each
 * step's sentence as the learner steps.
 */
export function NarrationPanel() {
  const t = useT();
  const step = useDerived((select, s) => select.currentStep(s));
  const atEnd = useDerived((select, s) => s.cursor >= select.total(s) && s.cursor > 0);
  const cursor = useAppState((s) => s.cursor);
  const asked = usePracticeNarration();
  const text = asked ?? narrate(step, t, cursor, atEnd);
  return (
    <section className="panel narration-panel" aria-labelledby="narration-title">
      <h2 id="narration-title">{t('narration.title')}</h2>
      <p aria-live="polite" data-testid="narration">
        {text}
      </p>
    </section>
  );
}

function narrate(
  step: TraceStep | undefined,
  t: ReturnType<typeof useT>,
  cursor: number,
  atEnd: boolean,
): string {
  if (cursor === 0 || step === undefined) return t('narration.start');
  const sentence = narrateNetworkStep(step, t);
  return atEnd && step.phase === 'update' ? `${sentence} ${t('narration.end')}` : sentence;
}
