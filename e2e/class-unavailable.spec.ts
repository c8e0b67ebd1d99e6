import { expect, test } from '@playwright/test';
import { expectStep, watchErrors } from './support';

test('without a class server (a static host) the class panel says so and the rest works', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&class=teach');
  const panel = page.getByTestId('class-panel');
  await expect(panel).toHaveAttribute('data-role', 'teacher');
  await expect(page.getByTestId('class-status')).toHaveAttribute('data-state', 'unavailable');
  await expect(panel).toHaveAttribute('data-connected', 'false');
  await expect(page.getByTestId('class-status')).toContainText('No class server here');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);

  await page.goto('./?lang=en&class=ABCD2345');
  await expect(page.getByTestId('class-panel')).toHaveAttribute('data-role', 'student');
  await expect(page.getByTestId('class-status')).toHaveAttribute('data-state', 'unavailable');
  expect(errors).toEqual([]);
});
