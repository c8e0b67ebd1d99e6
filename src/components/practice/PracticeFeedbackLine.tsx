import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { feedbackText } from './feedbackText';
import { questionLabel } from './questionLabel';

/**
 * What the last check found, for `practice-feedback`: `data-verdict` (correct, wrong,
 * invalid), `data-mistake` when a known mistake matches, `data-note="no-step"` for an update
 * that leaves θ where it was, `data-revealed` after "show me". A polite live region, so a
 * screen reader says it after each check.
 */
export function PracticeFeedbackLine() {
  const t = useT();
  const feedback = useDerived((select, s) => select.practiceFeedback(s));
  const layers = useAppState((s) => s.network.layers);
  if (feedback === null) return <p className="practice-feedback" role="status" />;
  const verdict = feedback.kind === 'checked' ? feedback.verdict : null;
  const mistake = verdict?.verdict === 'wrong' ? verdict.mistake : undefined;
  const noStep = verdict?.verdict === 'wrong' && verdict.stepNotTaken === true;
  return (
    <p
      className={`practice-feedback ${verdict?.verdict ?? 'revealed'}`}
      role="status"
      data-testid="practice-feedback"
      data-question={feedback.question}
      data-verdict={verdict?.verdict}
      data-mistake={mistake}
      data-note={noStep ? 'no-step' : undefined}
      data-revealed={feedback.kind === 'revealed' ? 'true' : undefined}
    >
      {feedbackText(feedback, questionLabel(feedback.target, layers, t), t)}
    </p>
  );
}
