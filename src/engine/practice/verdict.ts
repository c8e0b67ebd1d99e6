import { isRightAnswer } from './check';
import { classifyMistake, type MistakeKind } from './mistakes';
import type { Question } from './questions';
import { readNumber, type NumberReadError } from './readNumber';

/**
 * The outcome of one check, as `practice-feedback` shows it: `data-verdict` and, for a
 * wrong answer that matches a known mistake, `data-mistake`.
 */
export type Verdict =
  | { readonly verdict: 'correct'; readonly answer: number }
  | {
      readonly verdict: 'wrong';
      readonly answer: number;
      readonly mistake: MistakeKind | undefined;
    }
  | { readonly verdict: 'invalid'; readonly code: NumberReadError };

/** Reads what the student typed and checks it against the question. Never throws. */
export function checkAnswer(question: Pick<Question, 'formula' | 'value'>, text: string): Verdict {
  const read = readNumber(text);
  if (!read.ok) return { verdict: 'invalid', code: read.code };
  const answer = read.value;
  if (isRightAnswer(question.value, answer)) return { verdict: 'correct', answer };
  return { verdict: 'wrong', answer, mistake: classifyMistake(question, answer) };
}
