import type { LiveClass } from '../../store/class/types';
import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { PRACTICE_ANSWER_ID } from '../practice/answerId';
import { shortNumber } from './ClassAnswers';
import { TexSymbol } from './TexSymbol';
import { questionOfPrompt } from './useStudentClass';

/** Brings the practice box into view and puts the cursor in it. */
function goToAnswerBox(): void {
  const box = document.getElementById(PRACTICE_ANSWER_ID);
  box?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  box?.focus({ preventScroll: true });
}

/**
 * The teacher's question on a student's device. The student answers it in the practice
 * box, where it is already asked (one box, with its hints and its feedback), and the
 * box's first check goes to the teacher; this card says so, points to the box, and then
 * says what became of the answer and, once revealed, the teacher's answer.
 */
export function ClassQuestionForm({ live }: { live: LiveClass }) {
  const t = useT();
  const prompt = useDerived((select, s) => select.practicePrompt(s));
  const asked = live.teacherState?.prompt ?? null;
  const answer = live.teacherState?.answer;
  const sent = asked !== null && live.sent?.prompt === asked.id ? live.sent.outcome : null;
  return (
    <div className="class-question" data-testid="class-question">
      {asked !== null && prompt !== null && prompt.id === questionOfPrompt(asked.id) && (
        <p className="class-asked" data-testid="class-asked">
          <span>
            {t('class.question')}
            <TexSymbol tex={prompt.symbol} />
            {t('class.answerInBox')}
          </span>
          {sent === null && (
            <button type="button" className="primary" onClick={goToAnswerBox}>
              {t('class.goAnswer')}
            </button>
          )}
        </p>
      )}
      {sent !== null && (
        <p className="small" role="status" data-testid="class-answer-sent" data-outcome={sent}>
          {t(`class.sent.${sent}`)}
        </p>
      )}
      {answer !== undefined && (
        <p data-testid="class-answer-revealed">
          {t('class.revealed', { value: shortNumber(answer) })}
        </p>
      )}
    </div>
  );
}
