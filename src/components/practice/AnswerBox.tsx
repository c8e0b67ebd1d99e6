import { useState } from 'react';
import type { PracticePrompt } from '../../store/practice/prompt';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { TexLine, useTexRender } from '../formula/TexLine';
import { HintLadder } from './HintLadder';
import { PRACTICE_ANSWER_ID } from './answerId';
import { questionLabel } from './questionLabel';

/**
 * The question and its answer box: type a number (any keyboard: a Chinese IME's
 * full-width digits and minus, a phone's), Check or Enter; Hint opens the next rung of the
 * ladder, Show me gives the answer (not counted as solved). A new question gets a new box
 * (the panel keys it by question), focused so that the student can type at once.
 */
export function AnswerBox({
  prompt,
  withFormula,
}: {
  prompt: PracticePrompt;
  withFormula: boolean;
}) {
  const t = useT();
  const { checkPracticeAnswer, showPracticeHint, revealPracticeAnswer } = useActions();
  const layers = useAppState((s) => s.network.layers);
  const [text, setText] = useState('');
  const render = useTexRender();
  const inputId = PRACTICE_ANSWER_ID;
  const what = questionLabel(prompt.target, layers, t);
  return (
    <div className="practice-question">
      <p className="practice-progress">
        {t('practice.progress', { number: prompt.number, count: prompt.count })}
      </p>
      <form
        className="practice-form"
        onSubmit={(event) => {
          event.preventDefault();
          checkPracticeAnswer(text);
        }}
      >
        <label className="practice-ask" htmlFor={inputId}>
          <span>{t('practice.compute')}</span>
          <TexLine tex={prompt.symbol} render={render} className="practice-symbol" />
        </label>
        {withFormula && (
          <TexLine tex={prompt.ladder[2].tex} render={render} className="practice-formula" />
        )}
        <div className="practice-entry">
          <input
            id={inputId}
            type="text"
            inputMode="text"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="done"
            // A new question takes the focus, so that keyboard and phone users type at once.
            autoFocus
            value={text}
            placeholder={t('practice.placeholder')}
            aria-label={t('practice.answerLabel', { what })}
            data-testid="practice-answer"
            data-target={prompt.target}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Esc hands the arrow keys back to the stepper.
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
          />
          <button type="submit" className="primary" data-testid="practice-check">
            {t('practice.check')}
          </button>
        </div>
      </form>
      <div className="practice-help">
        <button
          type="button"
          data-testid="practice-hint"
          onClick={showPracticeHint}
          disabled={prompt.hints >= prompt.ladder.length}
        >
          {prompt.hints === 0 ? t('practice.hint') : t('practice.hintMore')} ({prompt.hints}/
          {prompt.ladder.length})
        </button>
        <button type="button" data-testid="practice-reveal" onClick={revealPracticeAnswer}>
          {t('practice.reveal')}
        </button>
      </div>
      <HintLadder prompt={prompt} render={render} />
    </div>
  );
}
