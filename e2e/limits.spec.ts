import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support';

/**
 * Holding at the limits: typed values that are read truly or refused with a true
 * message, and no work lost without a word when the browser cannot store it.
 */

const STORAGE_KEY = 'backprop-circuit:last-state';
const SET_ASIDE_PREFIX = 'backprop-circuit:set-aside:';

/** Opens the in-place editor of the weight from neuron 1 to neuron 3 (2 in the lecture). */
async function editWeight(page: Page, text: string) {
  await page.getByTestId('edge-1-0-0').click();
  const input = page.getByTestId('edit-input');
  await expect(input).toBeFocused();
  await input.fill(text);
  return input;
}

test('the weight editor reads typed numbers truly, and refuses the rest saying why', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&step=end');
  const weight = page.getByTestId('edge-1-0-0');

  let input = await editWeight(page, '1,000');
  await input.press('Enter');
  await expect(page.locator('#edit-message')).toHaveText(
    '“1,000” could be 1000 or 1.0 (a comma can separate thousands or decimals): type 1000 or 1.0; the old value is kept.',
  );
  await expect(weight).toHaveAttribute('data-w', '2');

  await input.fill('1e999');
  await input.press('Enter');
  await expect(page.locator('#edit-message')).toContainText(
    '“1e999” is too large (the largest number is about 1.8 × 10³⁰⁸)',
  );
  await expect(weight).toHaveAttribute('data-w', '2');

  // Full-width digits are read, and the field says how before Enter commits them.
  await input.fill('０.５');
  await expect(page.locator('.edit-hint')).toContainText('read as 0.5');
  await input.press('Enter');
  await expect(page.getByTestId('edit-input')).toHaveCount(0);
  await expect(weight).toHaveAttribute('data-w', '0.5');

  input = await editWeight(page, '－1.5');
  await input.press('Enter');
  await expect(weight).toHaveAttribute('data-w', '-1.5');
  expect(errors).toEqual([]);
});

test('the graph’s inputs read typed numbers truly; a pasted 10,000 characters is quoted short and wraps', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=graph&lang=en');
  await page.keyboard.press('End');
  const x = page.getByTestId('input-x');
  const value = page.getByTestId('var-x');

  await x.fill('1,000');
  await expect(page.getByText('“1,000” could be 1000 or 1.0')).toBeVisible();
  await expect(value).toHaveAttribute('data-value', '-2');

  await x.fill('1e999');
  await expect(
    page.getByText('“1e999” is too large (the largest number is about 1.8 × 10³⁰⁸); x keeps -2.'),
  ).toBeVisible();
  await expect(value).toHaveAttribute('data-value', '-2');

  await x.fill('０.５');
  await expect(value).toHaveAttribute('data-value', '0.5');
  await expect(page.getByTestId('input-note-x')).toHaveText('read as 0.5');

  await x.fill('－1.5');
  await expect(value).toHaveAttribute('data-value', '-1.5');

  await x.fill('x'.repeat(10_000));
  const message = page.locator('#graph-input-error-x');
  await expect(message).toContainText(
    `“${'x'.repeat(32)}…” (10,000 characters) is not a number; x keeps -1.5.`,
  );
  expect((await message.textContent())?.length).toBeLessThan(200);
  // The message wraps inside its box: nothing runs out under the side panels.
  const fits = await message.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
  expect(errors).toEqual([]);
});

test('expressions: invisible characters are named, negative bases keep their parentheses, e is Euler’s number', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=graph&lang=en');
  const expression = page.getByTestId('graph-expression');

  await expression.fill('x +\u202e y');
  const error = page.getByTestId('expression-error');
  await expect(error).toContainText(
    'An invisible character, U+202E (right-to-left override), at column 4',
  );
  // Quoted text is isolated in <bdi>: right-to-left letters cannot turn the sentence around.
  await expression.fill('x + \u05d0');
  await expect(error.locator('bdi')).toHaveText('\u05d0');
  await expect(error).toContainText('Unexpected character “\u05d0” at column 5.');

  await expression.fill('2x + 1');
  await expect(error).toContainText('“2x” at column 1 is not a number: write “2*x” to multiply.');

  await expression.fill('pow(-8, 1/3) + x');
  await expression.press('Enter');
  await expect(page.getByTestId('graph-problems')).toContainText('(−8)^0.333 is not a real number');

  await expression.fill('e^x');
  await expression.press('Enter');
  await expect(page.getByTestId('input-e')).toHaveCount(0);
  await page.getByTestId('input-x').fill('2');
  await page.getByRole('button', { name: 'To end' }).click();
  await expect(page.getByTestId('graph-output')).toHaveAttribute('data-value', /^7\.389/);
  const output = Number(await page.getByTestId('graph-output').getAttribute('data-value'));
  expect(output).toBeCloseTo(Math.exp(2), 12);
  expect(errors).toEqual([]);
});

test('full storage: the page says so once, and the button saves the scenario as a file', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./?lang=en');
  const warning = page.getByTestId('storage-warning');
  const input = await editWeight(page, '0.25');
  await input.press('Enter');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('Your changes are not being saved in this browser');
  await expect(warning).toContainText('storage for the page is full');

  const download = page.waitForEvent('download');
  await page.getByTestId('storage-save').click();
  const file = await (await download).path();
  const saved = JSON.parse(await readFile(file, 'utf8')) as { weights: number[][][] };
  expect(saved.weights[1]?.[0]?.[0]).toBe(0.25);

  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  // Further edits while storage stays full do not bring the warning back.
  const again = await editWeight(page, '0.75');
  await again.press('Enter');
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '0.75');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  await expect(warning).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a stored state that cannot be read is set aside, with its raw text kept', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(
    ([key]) => {
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key ?? '', '1.this-is-not-a-state');
      }
    },
    [STORAGE_KEY],
  );
  await page.goto('./');
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toContainText('Your last session could not be restored');
  await expect(warning).toContainText('was set aside');
  await expect(warning).toContainText(SET_ASIDE_PREFIX);
  const copies = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage.getItem(k)),
    SET_ASIDE_PREFIX,
  );
  expect(copies).toEqual(['1.this-is-not-a-state']);
  // The lecture's example is shown, and works.
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '2');
  expect(errors).toEqual([]);
});
