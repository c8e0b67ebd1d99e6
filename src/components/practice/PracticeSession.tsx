import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { AnswerBox } from './AnswerBox';
import { PracticeBar } from './PracticeBar';
import { PracticeFeedbackLine } from './PracticeFeedbackLine';
import { PracticeScore } from './PracticeScore';
import { PracticeSummary } from './PracticeSummary';

/**
 * Practice under way: the bar, the question of the step with its answer box (or what it
 * waits for), the feedback, the score, and at the end the summary. Loaded when practice
 * starts, not with the first screen (see PracticePanel).
 */
export function PracticeSession({ withFormula }: { withFormula: boolean }) {
  const t = useT();
  const status = useDerived((select, s) => select.practiceStatus(s));
  const prompt = useDerived((select, s) => select.practicePrompt(s));
  return (
    <>
      <PracticeBar />
      {prompt !== null ? (
        <AnswerBox key={prompt.id} prompt={prompt} withFormula={withFormula} />
      ) : (
        <p className="practice-waiting" data-testid="practice-waiting">
          {status.finished ? t('practice.done') : t('practice.waiting')}
        </p>
      )}
      <PracticeFeedbackLine />
      <PracticeScore />
      {status.finished && <PracticeSummary />}
    </>
  );
}
