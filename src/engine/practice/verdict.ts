import { readTypedNumber, type NumberProblem } from '../numbers';
import { isRightFor, tookNoStep } from './check';
import { classifyMistake, type MistakeKind } from './mistakes';
import type { Question } from './questions';

/**
 * The outcome of one check, as `practice-feedback` shows it: `data-verdict` and, for a
 * wrong answer that matches a known mistake, `data-mistake`. An update answer that leaves
 * θ where it was is wrong with `stepNotTaken` ("you did not take the step").
 */
export type Verdict =
  | { readonly verdict: 'correct'; readonly answer: number }
  | {
      readonly verdict: 'wrong';
      readonly answer: number;
      readonly mistake: MistakeKind | undefined;
      readonly stepNotTaken?: true;
    }
  /** Not a number: why, as the app's one number reader says it (`numberProblemText`). */
  | { readonly verdict: 'invalid'; readonly problem: NumberProblem };

/**
 * Reads what the student typed with the app's number reader (`readTypedNumber`: full-width
 * digits and minus, decimal commas where they cannot be thousands separators, 1.2×10⁻³)
 * and checks it against the question. Never throws.
 */
export function checkAnswer(question: Pick<Question, 'formula' | 'value'>, text: string): Verdict {
  const read = readTypedNumber(text);
  if (!read.ok) return { verdict: 'invalid', problem: read };
  const answer = read.value === 0 ? 0 : read.value;
  if (isRightFor(question, answer)) return { verdict: 'correct', answer };
  const mistake = classifyMistake(question, answer);
  return tookNoStep(question, answer)
    ? { verdict: 'wrong', answer, mistake, stepNotTaken: true }
    : { verdict: 'wrong', answer, mistake };
}
