import { lazy, Suspense } from 'react';
import { PRACTICE_KINDS } from '../../engine';
import { useActions, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import './practice.css';

// The session's views (answer box, hints, score, summary) load when practice starts: the
// first screen only offers it, and its download is at its budget.
const PracticeSession = lazy(() =>
  import('./PracticeSession').then((m) => ({ default: m.PracticeSession })),
);

/**
 * "Your turn": the student computes each value, the app checks it and names the mistake.
 * Off, a button that turns practice on; on, the question of the step with its answer box,
 * the feedback, the hint ladder, the score, and at the end a summary to copy or download.
 * A component the page can place anywhere (the side panels, under the diagram in
 * presenter mode, the step card on a phone); `withFormula` adds the plugged-in formula
 * where no formula panel is shown (the gradient-descent scene).
 */
export function PracticePanel({
  withFormula = false,
  offer = true,
}: {
  withFormula?: boolean;
  /** Whether to offer the "Your turn" button while practice is off (else show nothing). */
  offer?: boolean;
}) {
  const t = useT();
  const { setPractice } = useActions();
  const status = useDerived((select, s) => select.practiceStatus(s));
  if (!status.on) {
    if (!offer) return null;
    return (
      <section className="panel practice-panel off" aria-labelledby="practice-title">
        <h2 id="practice-title">{t('practice.title')}</h2>
        <p className="muted">{t('practice.intro')}</p>
        <button
          type="button"
          className="primary practice-start"
          data-testid="practice-start"
          onClick={() => setPractice(PRACTICE_KINDS)}
        >
          {t('practice.start')}
        </button>
      </section>
    );
  }
  return (
    <section
      className="panel practice-panel"
      aria-labelledby="practice-title"
      data-testid="practice-panel"
    >
      <h2 id="practice-title">{t('practice.title')}</h2>
      <Suspense fallback={null}>
        <PracticeSession withFormula={withFormula} />
      </Suspense>
    </section>
  );
}
