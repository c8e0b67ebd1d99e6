import { useState } from 'react';
import type { LiveClass } from '../../store/class/types';
import { useActions, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { shortNumber } from './ClassAnswers';
import { TexSymbol } from './TexSymbol';
import { questionOfPrompt } from './useStudentClass';

/**
 * The teacher's question on a student's device: the answer is checked by the practice mode
 * (so the student's own practice moves on as usual), and its first check goes to the
 * teacher. Shown only while this device's open question is the one the teacher asks.
 */
export function ClassQuestionForm({ live }: { live: LiveClass }) {
  const t = useT();
  const { checkPracticeAnswer } = useActions();
  const prompt = useDerived((select, s) => select.practicePrompt(s));
  const [text, setText] = useState('');
  const asked = live.teacherState?.prompt ?? null;
  const answer = live.teacherState?.answer;
  const sent = asked !== null && live.sent?.prompt === asked.id ? live.sent.outcome : null;
  return (
    <div className="class-question" data-testid="class-question">
      {asked !== null && prompt !== null && prompt.id === questionOfPrompt(asked.id) && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            checkPracticeAnswer(text);
          }}
        >
          <p>
            {t('class.question')}
            <TexSymbol tex={prompt.symbol} />
          </p>
          <label>
            {t('class.yourAnswer')}{' '}
            <input
              inputMode="decimal"
              autoComplete="off"
              value={text}
              data-testid="class-answer-input"
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit" className="primary" data-testid="class-answer-send">
            {t('class.send')}
          </button>
        </form>
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
