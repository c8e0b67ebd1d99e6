import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  graphPresetScenario,
  LECTURE_SCENARIO,
  networkVariant,
  NETWORK_PRACTICE_KINDS,
  GRAPH_PRACTICE_KINDS,
  type MistakeKind,
  type PracticeKind,
} from './engineForTests';
import {
  answer,
  answerRight,
  caseOf,
  graphPlan,
  networkPlan,
  reachQuestion,
  score,
  targetHook,
} from './practiceSupport';
import { watchErrors } from './support';

const LECTURE_PLAN = networkPlan(LECTURE_SCENARIO, NETWORK_PRACTICE_KINDS);

/** Each network mistake and the one kind of value a link asks to produce it. */
const NETWORK_MISTAKES: readonly [MistakeKind, PracticeKind][] = [
  ['missing-bias', 'z'],
  ['missing-activation', 'a'],
  ['missing-gain', 'delta'],
  ['gain-for-delta', 'delta'],
  ['sign', 'delta'],
  ['missing-input', 'grad'],
  ['input-only', 'grad'],
  ['update-sign', 'update'],
  ['missing-eta', 'update'],
];

async function expectMistake(page: Page, mistake: MistakeKind) {
  const feedback = page.getByTestId('practice-feedback');
  await expect(feedback).toHaveAttribute('data-verdict', 'wrong');
  await expect(feedback).toHaveAttribute('data-mistake', mistake);
}

test('"Your turn" in the network scene: the asked value is hidden, a wrong answer names the mistake, a right one moves on', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en');
  await page.getByTestId('practice-start').click();
  const first = LECTURE_PLAN.questions[0];
  const second = LECTURE_PLAN.questions[1];
  if (first === undefined || second === undefined) throw new Error('the lecture asks values');
  await reachQuestion(page, first);
  const [hook, attribute] = targetHook(first);
  // Asked: the value is nowhere on the page, not even in an attribute.
  await expect(page.getByTestId(hook)).not.toHaveAttribute(attribute, /./);
  await expect(page.locator('.formula-panel')).toContainText('?');
  // The walk waits for the answer: Next and End say so instead of looking live.
  const next = page.getByRole('button', { name: 'Next step' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAttribute('title', /Answer first/);
  await expect(page.getByRole('button', { name: 'To end' })).toBeDisabled();
  // z without its bias.
  const bare = caseOf(LECTURE_PLAN, 'missing-bias');
  expect(bare.question.id).toBe(first.id);
  await answer(page, bare.answer);
  await expectMistake(page, 'missing-bias');
  await expect(page.getByTestId('practice-feedback')).toContainText('bias');
  // Not a number: said so, and the box keeps the question.
  await answer(page, 'abc');
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'invalid');
  // Right, typed as a Chinese IME types it (full-width digits).
  await answer(
    page,
    String(first.value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  );
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'correct');
  await expect(page.getByTestId(hook)).toHaveAttribute(attribute, String(first.value));
  await expect(page.getByTestId('practice-answer')).toHaveAttribute('data-target', second.target);
  expect(await score(page)).toEqual({ asked: '2', correct: '0', hinted: '0', revealed: '0' });
  expect(errors).toEqual([]);
});

for (const [mistake, kind] of NETWORK_MISTAKES) {
  test(`network: ${mistake} is recognised and named (practice=${kind})`, async ({ page }) => {
    const errors = watchErrors(page);
    const plan = networkPlan(LECTURE_SCENARIO, [kind]);
    const found = caseOf(plan, mistake);
    await page.goto(`./?lang=en&practice=${kind}`);
    await answerRight(page, plan.questions.slice(0, found.index));
    await reachQuestion(page, found.question);
    await answer(page, found.answer);
    await expectMistake(page, mistake);
    const [hook, attribute] = targetHook(found.question);
    await expect(page.getByTestId(hook)).not.toHaveAttribute(attribute, /./);
    expect(errors).toEqual([]);
  });
}

test('network: the hint ladder opens rung by rung and highlights what the step needs; "show me" reveals and counts', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const plan = networkPlan(LECTURE_SCENARIO, ['grad']);
  // A gradient whose input is not ±1, so that its value is no other number on the page.
  const index = plan.questions.findIndex(
    (q) => q.formula.form === 'weight-grad' && Math.abs(q.formula.input.value) !== 1,
  );
  const first = plan.questions[index];
  const second = plan.questions[index + 1];
  if (first === undefined || second === undefined) throw new Error('the lecture asks ∂C/∂w');
  await page.goto('./?lang=en&practice=grad');
  await answerRight(page, plan.questions.slice(0, index));
  await reachQuestion(page, first);
  const [hook, attribute] = targetHook(first);
  await expect(page.getByTestId(hook)).not.toHaveAttribute(attribute, /./);
  expect(await page.content()).not.toContain(String(first.value));
  expect(await page.locator('.practice-needed').count()).toBe(0);
  const hint = page.getByTestId('practice-hint');
  await hint.click();
  await expect(page.getByTestId('practice-hints')).toHaveAttribute('data-hints', '1');
  // The values it needs light up (the element the step writes is lit already).
  for (const id of first.needs)
    await expect(page.getByTestId(id)).toHaveClass(/practice-needed|write/);
  expect(await page.locator('.practice-needed').count()).toBeGreaterThan(0);
  await hint.click();
  await hint.click();
  await expect(page.getByTestId('practice-hints')).toHaveAttribute('data-hints', '3');
  await expect(hint).toBeDisabled();
  await expect(page.getByTestId('practice-hints')).toContainText('?');
  await answer(page, String(first.value));
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'correct');
  // The next gradient: shown, and counted as shown.
  await reachQuestion(page, second);
  await page.getByTestId('practice-reveal').click();
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-revealed', 'true');
  const [secondHook, secondAttribute] = targetHook(second);
  await expect(page.getByTestId(secondHook)).toHaveAttribute(secondAttribute, String(second.value));
  expect(await score(page)).toEqual({
    asked: String(index + 2),
    correct: String(index),
    hinted: '1',
    revealed: '1',
  });
  expect(errors).toEqual([]);
});

test('network: a whole practice pass of the lecture network, answered from the engine, scores all right', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('./?lang=en&practice=1');
  await answerRight(page, LECTURE_PLAN.questions);
  const count = String(LECTURE_PLAN.questions.length);
  expect(await score(page)).toEqual({ asked: count, correct: count, hinted: '0', revealed: '0' });
  await expect(page.getByTestId('practice-summary')).toBeVisible();
  expect(errors).toEqual([]);
});

test('graph: a wrong gate gradient names the mistake, a right one moves on', async ({ page }) => {
  const errors = watchErrors(page);
  const plan = graphPlan(graphPresetScenario('cs231n-add-mul'), GRAPH_PRACTICE_KINDS);
  const found = caseOf(plan, 'missing-upstream');
  await page.goto('./?scene=graph&lang=en&practice=1');
  await answerRight(page, plan.questions.slice(0, found.index));
  await reachQuestion(page, found.question);
  const [hook, attribute] = targetHook(found.question);
  await expect(page.getByTestId(hook)).not.toHaveAttribute(attribute, /./);
  await answer(page, found.answer);
  await expectMistake(page, 'missing-upstream');
  await answer(page, String(-found.question.value));
  await expectMistake(page, 'sign');
  await answerRight(page, plan.questions.slice(found.index));
  await expect(page.getByTestId(hook)).toHaveAttribute(attribute, String(found.question.value));
  const count = String(plan.questions.length);
  expect(await score(page)).toEqual({
    asked: count,
    correct: String(plan.questions.length - 1),
    hinted: '0',
    revealed: '0',
  });
  expect(errors).toEqual([]);
});

test('graph: one branch of a fan-out given for the sum is named', async ({ page }) => {
  const errors = watchErrors(page);
  const plan = graphPlan(graphPresetScenario('chain-case-2'), ['grad']);
  const found = caseOf(plan, 'branch-not-sum');
  await page.goto('./?scene=graph&lang=en&practice=grad');
  await page.getByTestId('preset-chain-case-2').click();
  await expect(page.getByTestId('graph-expression')).toHaveValue('exp(s) * s^2');
  await answerRight(page, plan.questions.slice(0, found.index));
  await reachQuestion(page, found.question);
  await answer(page, found.answer);
  await expectMistake(page, 'branch-not-sum');
  expect(errors).toEqual([]);
});

test('a practice link from the Share dialog, with a variant and hidden panels, opens to the same question and numbers in a fresh browser', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&practice=grad,update');
  await page.getByTestId('share-button').click();
  await page.getByTestId('link-options').locator('summary').click();
  await expect(page.getByTestId('link-practice-grad')).toBeChecked();
  await expect(page.getByTestId('link-practice-z')).not.toBeChecked();
  await page.getByTestId('link-practice-delta').check();
  await page.getByTestId('link-numbers-variant').check();
  await page.getByTestId('link-variant').fill('7');
  await page.getByTestId('hide-narration').check();
  const link = await page.getByTestId('share-link').inputValue();

  const variant = networkVariant(LECTURE_SCENARIO, 7);
  const plan = networkPlan(variant, ['delta', 'grad', 'update']);
  const first = plan.questions[0];
  if (first === undefined) throw new Error('the variant asks values');
  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  const studentErrors = watchErrors(student);
  await student.goto(link);
  await expect(student.getByTestId('edge-1-0-0')).toHaveAttribute(
    'data-w',
    String(variant.weights[1]?.[0]?.[0]),
  );
  await reachQuestion(student, first);
  await expect(student.getByTestId('practice-variant')).toContainText('7');
  await expect(student.getByTestId('narration')).toHaveCount(0);
  expect(await student.content()).not.toContain(String(first.value));
  await answer(student, String(first.value));
  await expect(student.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'correct');
  await fresh.close();
  expect(errors).toEqual([]);
  expect(studentErrors).toEqual([]);
});

test('on a phone the question, its box and its buttons fit the screen', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('./?lang=zh&practice=delta');
  const first = networkPlan(LECTURE_SCENARIO, ['delta']).questions[0];
  if (first === undefined) throw new Error('the lecture asks δ');
  await reachQuestion(page, first);
  for (const id of ['practice-answer', 'practice-check', 'practice-hint', 'practice-reveal']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    if (box === null) continue;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(390);
    expect(box.height, `${id} is big enough to touch`).toBeGreaterThanOrEqual(32);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(390);
  await page.getByTestId('practice-answer').tap();
  await page.getByTestId('practice-answer').fill('0');
  await page.getByTestId('practice-check').tap();
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'wrong');
  await expect(page.getByTestId('practice-feedback')).toBeInViewport();
  expect(errors).toEqual([]);
  await context.close();
});

test('exports carry no unanswered value: the diagram shows the question, the trace waits', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const first = networkPlan(LECTURE_SCENARIO, ['delta']).questions[0];
  if (first === undefined) throw new Error('the lecture asks δ');
  await page.goto('./?lang=en&practice=delta');
  await reachQuestion(page, first);
  await page.keyboard.press('Escape');
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = await readFile(await download.path(), 'utf8');
  const [hook, attribute] = targetHook(first);
  expect(svg).toContain(`data-testid="${hook}"`);
  expect(svg).not.toContain(`${attribute}=`);
  expect(svg).not.toContain(String(first.value));
  expect(svg).toContain('Your turn: compute δ₅');
  // The trace holds every value of the pass: refused, and said why.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-status')).toContainText('answer');
  expect(errors).toEqual([]);
});

test('presenter mode: the class answers in a projector-sized box under the diagram', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const first = LECTURE_PLAN.questions[0];
  if (first === undefined) throw new Error('the lecture asks values');
  await page.goto('./?lang=en&practice=1&presenter=1');
  await reachQuestion(page, first);
  const box = page.getByTestId('practice-answer');
  await expect(box).toBeInViewport();
  const size = await box.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  const diagram = await page.locator('.network-diagram').boundingBox();
  expect(diagram?.height ?? 0).toBeGreaterThan(300);
  await answer(page, String(first.value));
  await expect(page.getByTestId('practice-feedback')).toHaveAttribute('data-verdict', 'correct');
  await expect(page.getByTestId('practice-feedback')).toBeInViewport();
  expect(errors).toEqual([]);
});
