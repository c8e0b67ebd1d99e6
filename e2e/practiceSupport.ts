import { expect, type Page } from '@playwright/test';
import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  checkAnswer,
  mistakeCandidates,
  practicePlan,
  type GraphScenario,
  type MistakeKind,
  type NetworkScenario,
  type PracticeKind,
  type PracticePlan,
  type Question,
} from './engineForTests';

/** The questions the page asks of a network scenario (sample 0) for `kinds`. */
export const networkPlan = (scenario: NetworkScenario, kinds: readonly PracticeKind[]) =>
  practicePlan(buildNetworkTrace(scenario), kinds);

/** The questions the page asks of a graph scenario for `kinds`. */
export const graphPlan = (scenario: GraphScenario, kinds: readonly PracticeKind[]) =>
  practicePlan(buildGraphTrace(analyzeGraph(scenario)), kinds);

/**
 * The first question of `plan` for which the number `mistake` produces is recognised by the
 * engine as that mistake, with that number (so the page has a case it must name).
 */
export function caseOf(
  plan: PracticePlan,
  mistake: MistakeKind,
): { question: Question; index: number; answer: string } {
  for (const [index, question] of plan.questions.entries()) {
    const candidate = mistakeCandidates(question.formula, question.value).find(
      (c) => c.mistake === mistake,
    );
    if (candidate === undefined) continue;
    const answer = String(candidate.value);
    const verdict = checkAnswer(question, answer);
    if (verdict.verdict === 'wrong' && verdict.mistake === mistake)
      return { question, index, answer };
  }
  throw new Error(`no question of the plan shows ${mistake}`);
}

/** Moves the cursor to `question` (End stops at the first unanswered one) and waits for its box. */
export async function reachQuestion(page: Page, question: Question): Promise<void> {
  const answer = page.getByTestId('practice-answer');
  if (
    (await answer.count()) === 0 ||
    (await answer.getAttribute('data-target')) !== question.target
  ) {
    // Hand the keys back to the stepper if a box has the focus (not Esc: in presenter mode
    // Esc outside a field leaves presenter mode).
    await page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLElement) active.blur();
    });
    await page.keyboard.press('End');
  }
  await expect(answer).toHaveAttribute('data-target', question.target);
}

/** Types `text` into the open question's box and checks it with Enter. */
export async function answer(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('practice-answer');
  await box.fill(text);
  await box.press('Enter');
}

/** Answers `questions` right, in order, with the engine's own numbers. */
export async function answerRight(page: Page, questions: readonly Question[]): Promise<void> {
  for (const question of questions) {
    await reachQuestion(page, question);
    await answer(page, String(question.value));
    const feedback = page.getByTestId('practice-feedback');
    await expect(feedback).toHaveAttribute('data-question', question.id);
    await expect(feedback).toHaveAttribute('data-verdict', 'correct');
  }
}

/** The score's four counts. */
export async function score(page: Page): Promise<Record<string, string | null>> {
  const hook = page.getByTestId('practice-score');
  return {
    asked: await hook.getAttribute('data-asked'),
    correct: await hook.getAttribute('data-correct'),
    hinted: await hook.getAttribute('data-hinted'),
    revealed: await hook.getAttribute('data-revealed'),
  };
}

/** The hook and attribute a question stands for: [test id, data-* attribute name]. */
export function targetHook(question: Question): [string, string] {
  const [hook = '', attribute = ''] = question.target.split(':');
  return [hook, `data-${attribute}`];
}
