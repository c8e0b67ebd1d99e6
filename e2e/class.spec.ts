import { expect, test, type Browser, type Page } from '@playwright/test';
import { en } from '../src/i18n/en';
import { startClassServer, type ClassServer } from './classServer';
import { expectStep, largestNetworkScenario, stepPosition, watchErrors } from './support';

/**
 * The live class with the real class server (server/main.ts serving the built app and the
 * class websocket): a teacher and two students, each in a browser context of their own.
 */
test.describe.configure({ mode: 'default' });

let server: ClassServer;
test.beforeAll(async () => {
  server = await startClassServer();
});
test.afterAll(async () => {
  await server.dispose();
});

const panel = (page: Page) => page.getByTestId('class-panel');

async function open(browser: Browser, path: string, phone = false) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : {},
  );
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, server.url).href);
  return { page, errors, context };
}

/** A teacher with a class open and `count` students who joined it by its link. */
async function classWith(browser: Browser, count: number, teacherPath = './?lang=en&class=teach') {
  const teacher = await open(browser, teacherPath);
  await expect(panel(teacher.page)).toHaveAttribute('data-connected', 'true', { timeout: 20_000 });
  const code = (await panel(teacher.page).getAttribute('data-code')) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{8}$/);
  const students = [];
  for (let i = 0; i < count; i++) {
    const student = await open(browser, `./?class=${code}`, true);
    await expect(panel(student.page)).toHaveAttribute('data-role', 'student');
    await expect(panel(student.page)).toHaveAttribute('data-connected', 'true', {
      timeout: 20_000,
    });
    students.push(student);
  }
  await expect(panel(teacher.page)).toHaveAttribute('data-students', String(count), {
    timeout: 20_000,
  });
  return { teacher, students, code };
}

test('students follow the teacher’s steps and scene; one exploring on her own changes nobody else', async ({
  browser,
}) => {
  const { teacher, students, code } = await classWith(browser, 2);
  const [alice, bob] = students;
  if (alice === undefined || bob === undefined) throw new Error('two students expected');
  await expect(panel(teacher.page)).toHaveAttribute('data-role', 'teacher');
  await expect(panel(alice.page)).toHaveAttribute('data-code', code);
  await expect(panel(alice.page)).toHaveAttribute('data-following', 'true');

  // Stepping on the teacher's screen reaches every student.
  for (let i = 0; i < 5; i++) await teacher.page.keyboard.press('ArrowRight');
  await expectStep(teacher.page, 5);
  await expectStep(alice.page, 5);
  await expectStep(bob.page, 5);
  await expect(alice.page.getByTestId('neuron-1-0')).toHaveAttribute(
    'data-z',
    (await teacher.page.getByTestId('neuron-1-0').getAttribute('data-z')) ?? 'missing',
  );

  // Alice explores on her own: her steps reach neither the teacher nor Bob.
  await alice.page.getByTestId('class-follow').click();
  await expect(panel(alice.page)).toHaveAttribute('data-following', 'false');
  await alice.page.getByRole('button', { name: en['controls.start'] }).click();
  await expectStep(alice.page, 0);
  await teacher.page.waitForTimeout(1000);
  await expectStep(teacher.page, 5);
  await expectStep(bob.page, 5);

  // The teacher goes on: Bob follows, Alice stays where she is, then catches up in one tap.
  await teacher.page.keyboard.press('ArrowRight');
  await expectStep(bob.page, 6);
  await expectStep(alice.page, 0);
  await alice.page.getByTestId('class-follow').click();
  await expect(panel(alice.page)).toHaveAttribute('data-following', 'true');
  await expectStep(alice.page, 6);

  // A change of scene reaches the students too.
  await teacher.page.getByRole('button', { name: en['scene.graph'] }).click();
  await expect(teacher.page.getByTestId('graph-output')).toBeVisible();
  await expect(alice.page.getByTestId('graph-output')).toBeVisible({ timeout: 15_000 });
  await expect(bob.page.getByTestId('graph-output')).toBeVisible({ timeout: 15_000 });
  expect(await stepPosition(bob.page)).toBe(await stepPosition(teacher.page));

  for (const page of [teacher, alice, bob]) expect(page.errors).toEqual([]);
});

test('each student answers the teacher’s practice question on their own device; the teacher sees the counts, the named mistake, and reveals', async ({
  browser,
}) => {
  const { teacher, students } = await classWith(browser, 2, './?lang=en&practice=z&class=teach');
  const [alice, bob] = students;
  if (alice === undefined || bob === undefined) throw new Error('two students expected');
  const answers = teacher.page.getByTestId('class-answers');
  // Practice asks z₁ once its step has run: the teacher steps to it, and it is asked.
  await teacher.page.keyboard.press('ArrowRight');
  await expect(answers).toHaveAttribute('data-answered', '0');
  await expectStep(alice.page, 1);

  // The first question is z₁ = w·x + b = 1·1 + (−2)·(−1) + 1 = 4; without the bias it is 3.
  // Each answers in the practice box the card points to: one box, with its hints.
  await expect(alice.page.getByTestId('class-asked')).toContainText('Answer in the practice box');
  await alice.page.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(alice.page.getByTestId('practice-answer')).toBeFocused();
  await alice.page.getByTestId('practice-answer').fill('4');
  await alice.page.getByTestId('practice-check').click();
  await expect(alice.page.getByTestId('class-answer-sent')).toHaveAttribute(
    'data-outcome',
    'recorded',
  );
  await expect(answers).toHaveAttribute('data-answered', '1');
  await expect(answers).toHaveAttribute('data-correct', '1');
  await bob.page.getByTestId('practice-answer').fill('3');
  await bob.page.getByTestId('practice-check').click();
  await expect(answers).toHaveAttribute('data-answered', '2');
  await expect(answers).toHaveAttribute('data-correct', '1');
  await expect(answers).toContainText('50% right');
  await expect(answers.locator('.class-mistakes [data-mistake="missing-bias"]')).toHaveText(
    '50% forgot the bias b',
  );
  // Nothing the students did moved the teacher.
  await expectStep(teacher.page, 1);

  await teacher.page.getByTestId('class-reveal').click();
  await expect(teacher.page.getByTestId('class-revealed')).toHaveText('Revealed: 4');
  await expect(bob.page.getByTestId('class-answer-revealed')).toHaveText('The answer: 4');
  for (const page of [teacher, alice, bob]) expect(page.errors).toEqual([]);
});

test('after a server restart the students reconnect and catch up with the teacher', async ({
  browser,
}) => {
  const { teacher, students } = await classWith(browser, 1);
  const [student] = students;
  if (student === undefined) throw new Error('a student expected');
  await teacher.page.keyboard.press('ArrowRight');
  await expectStep(student.page, 1);

  await server.stop();
  await expect(panel(student.page)).toHaveAttribute('data-connected', 'false');
  await expect(student.page.getByTestId('class-status')).toHaveAttribute('data-state', 'offline');
  // The teacher goes on while the server is down; the class catches up once it is back.
  await teacher.page.keyboard.press('ArrowRight');
  await teacher.page.keyboard.press('ArrowRight');
  await server.restart();
  await expect(panel(teacher.page)).toHaveAttribute('data-connected', 'true', { timeout: 40_000 });
  await expect(panel(student.page)).toHaveAttribute('data-connected', 'true', { timeout: 40_000 });
  await expectStep(student.page, 3);
  await teacher.page.keyboard.press('ArrowRight');
  await expectStep(student.page, 4);
  await expect(panel(teacher.page)).toHaveAttribute('data-students', '1', { timeout: 20_000 });
});

test('a screen too large for a link is not sent, and the teacher is told so until it is small again', async ({
  browser,
}) => {
  test.slow();
  const scenario = largestNetworkScenario();
  const path = `./?lang=en&class=teach&scenario=${encodeURIComponent(JSON.stringify(scenario))}`;
  const { teacher, students } = await classWith(browser, 1, path);
  const [student] = students;
  if (student === undefined) throw new Error('a student expected');
  await expect(teacher.page.getByTestId('neuron-11-0')).toBeAttached({ timeout: 60_000 });
  await teacher.page.locator('body').click({ position: { x: 5, y: 5 } });
  await teacher.page.keyboard.press('End');
  const total = await teacher.page.getByTestId('step-position').getAttribute('data-total');
  await expect(student.page.getByTestId('step-position')).toHaveAttribute(
    'data-step',
    total ?? 'missing',
    { timeout: 60_000 },
  );
  const unsent = teacher.page.getByTestId('class-unsent');
  await expect(unsent).toHaveCount(0);
  // Every weight its own number after an update: about 480 KB, over the 64 KB of a link.
  await teacher.page.getByRole('button', { name: /Apply update/ }).click();
  await expectStep(teacher.page, 0);
  // The link is written a slice at a time, and stops once it is over the limit.
  await expect(unsent).toContainText('too large for a link', { timeout: 30_000 });
  await expect(unsent).toContainText('a link holds up to 64 KB');
  await student.page.waitForTimeout(1000);
  await expect(student.page.getByTestId('step-position')).toHaveAttribute(
    'data-step',
    total ?? 'missing',
  );
  // Undo: the screen is the seed's network again, small enough, and reaches the class.
  await teacher.page.getByRole('button', { name: 'Undo' }).click();
  await expect(unsent).toHaveCount(0);
  for (const page of [teacher, student]) expect(page.errors).toEqual([]);
});
