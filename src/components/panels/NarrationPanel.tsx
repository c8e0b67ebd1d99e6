import type { TraceStep } from '../../engine';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { joinSentences } from '../../lib/format';
import { useT } from '../common/hooks';
import { useFrameLater } from '../common/useFrameLater';
import { usePracticeNarration } from '../practice';
import { narrateNetworkStep } from './networkNarration';
import { networkPhaseSummary } from './networkPhaseSummary';

/**
 * What the current step does and why, in the lecture's words (while practice asks the
 * step's value, what to compute); at the end of a phase (after its last step, or after a
 * phase jump ran it as one step), what the whole phase found. It is a polite live region:
 * a screen reader reads each step's sentence as the learner steps.
 */
export function NarrationPanel() {
  const t = useT();
  const step = useDerived((select, s) => select.currentStep(s));
  const atEnd = useDerived((select, s) => s.cursor >= select.total(s) && s.cursor > 0);
  const trace = useDerived((select, s) => select.trace(s));
  const cursor = useAppState((s) => s.cursor);
  const asked = usePracticeNarration();
  // While playing, the sentences change a frame after the diagram (useFrameLater).
  const text = useFrameLater(asked ?? narrate(step, t, cursor, atEnd));
  // While a value is asked, the phase's summary (which quotes its numbers) waits.
  const summary = useFrameLater(asked === null ? networkPhaseSummary(trace, cursor, t) : null);
  return (
    <section className="panel narration-panel" aria-labelledby="narration-title">
      <h2 id="narration-title">{t('narration.title')}</h2>
      <div aria-live="polite">
        <p data-testid="narration">{text}</p>
        {summary !== null && (
          <p className="phase-summary" data-testid="phase-summary">
            {joinSentences(t('narration.summaryLabel'), summary)}
          </p>
        )}
      </div>
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
  return atEnd && step.phase === 'update' ? joinSentences(sentence, t('narration.end')) : sentence;
}
