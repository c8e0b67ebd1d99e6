import { expect, test, type Browser, type Page } from '@playwright/test';
import { en } from '../src/i18n/en';
import { startClassServer, type ClassServer } from './classServer';
import { expectStep, stepPosition, watchErrors } from './support';

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
