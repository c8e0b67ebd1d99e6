import type { AnswerBin } from '../../class/aggregate';
import type { LiveClass } from '../../store/class/types';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { TexSymbol } from './TexSymbol';
import { questionOfPrompt } from './useStudentClass';

/** A number as the class typed it, short enough for a bar's label. */
export const shortNumber = (value: number): string => String(Number(value.toPrecision(4)));

/**
 * The class's answers to the open question (teacher only): how many answered, the share
 * that is right, a histogram with the recognised mistakes named, and Reveal. No names.
 */
export function ClassAnswers({ live, onReveal }: { live: LiveClass; onReveal: () => void }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const prompt = useDerived((select, s) => select.practicePrompt(s));
  const feedback = useDerived((select, s) => select.practiceFeedback(s));
  const answers = live.answers;
  if (answers === null) return <p className="muted small">{t('class.answersNone')}</p>;
  const question = questionOfPrompt(answers.promptId);
  const percent = (share: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent' }).format(share);
  const revealed =
    feedback?.kind === 'revealed' && feedback.question === question ? feedback.value : null;
  const binLabel = (bin: AnswerBin) =>
    bin.correct
      ? t('class.bin.correct')
      : bin.mistake !== null
        ? t(`practice.mistakeShort.${bin.mistake}`)
        : t('class.bin.unnamed');
  return (
    <section
      className="class-answers"
      data-testid="class-answers"
      data-answered={answers.answered}
      data-correct={answers.correct}
      aria-labelledby="class-answers-title"
    >
      <h3 id="class-answers-title">
        {t('class.answersTitle')}
        {prompt?.id === question ? <TexSymbol tex={prompt.symbol} /> : <code>{question}</code>}
      </h3>
      <p className="class-counts">
        <span>{t('class.answered', { answered: answers.answered, students: live.students })}</span>
        {' · '}
        <span>{t('class.shareRight', { share: percent(answers.shareCorrect) })}</span>
      </p>
      <ul className="class-histogram" aria-label={t('class.histogram')}>
        {answers.bins.map((bin) => (
          <li
            key={`${bin.correct}:${bin.mistake ?? ''}:${bin.value}`}
            className={bin.correct ? 'right' : 'wrong'}
            data-mistake={bin.mistake ?? undefined}
          >
            <span className="class-bin-value">{shortNumber(bin.value)}</span>
            <span className="class-bar">
              <span style={{ width: `${(100 * bin.count) / Math.max(1, answers.answered)}%` }} />
            </span>
            <span className="class-bin-count">{bin.count}</span>
            <span className="class-bin-label small">{binLabel(bin)}</span>
          </li>
        ))}
      </ul>
      {answers.other > 0 && (
        <p className="muted small">{t('class.other', { count: answers.other })}</p>
      )}
      <ul className="class-mistakes">
        {answers.mistakes.map((m) => (
          <li key={m.mistake} data-mistake={m.mistake}>
            {t(`class.mistake.${m.mistake}`, { share: percent(m.share) })}
          </li>
        ))}
      </ul>
      {revealed === null ? (
        <button type="button" className="primary" data-testid="class-reveal" onClick={onReveal}>
          {t('class.reveal')}
        </button>
      ) : (
        <p data-testid="class-revealed">
          {t('class.revealedTeacher', { value: shortNumber(revealed) })}
        </p>
      )}
    </section>
  );
}
