import { expect, test, type Page } from '@playwright/test';
import { expectStep, watchErrors } from './support';

/**
 * A graph too large to lay out within a frame (the longest sum a link may hold: 1,000 x
 * joined by +) is laid out in a worker. The scene opens at once with the steps working,
 * says what it is laying out, and draws the circuit when it arrives; where the worker
 * cannot run, the circuit is laid out on the page's thread instead.
 */

const SUM = Array.from({ length: 1000 }, () => 'x').join('+');
const sumLink = (step: number) =>
  `./?scene=graph&scenario=${encodeURIComponent(
    JSON.stringify({ version: 1, kind: 'graph', expression: SUM, inputs: { x: 1 } }),
  )}&step=${step}&lang=en`;

/** Holds the layout worker's script until `release` is called. */
async function holdWorker(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/graphDrawingWorker-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the longest sum opens with its steps working while its circuit is laid out', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const release = await holdWorker(page);
  await page.goto(sumLink(0));
  const pending = page.getByTestId('graph-drawing-pending');
  await expect(pending).toBeVisible();
  await expect(pending.getByRole('status')).toContainText(
    'Laying out the circuit: 1,000 nodes and 1,998 wires',
  );
  await expect(page.getByTestId('graph-output')).toHaveCount(0);
  // The walk-through does not wait for the drawing.
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-total', '1999');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await expectStep(page, 1999);
  release();
  await expect(page.getByTestId('graph-output')).toBeVisible({ timeout: 30_000 });
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('graph-output')).toHaveAttribute('data-value', '1000');
  expect(errors).toEqual([]);
});

test('the circuit is laid out in Chinese too, and says so in Chinese', async ({ page }) => {
  const release = await holdWorker(page);
  await page.goto(sumLink(0).replace('lang=en', 'lang=zh'));
  await expect(page.getByTestId('graph-drawing-pending').getByRole('status')).toContainText(
    '正在排布电路：1,000 个节点、1,998 条连线',
  );
  release();
  await expect(page.getByTestId('graph-output')).toBeVisible({ timeout: 30_000 });
});

test('where the layout worker cannot start, the circuit is laid out on the page', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.route(/graphDrawingWorker-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
  await page.goto(sumLink(1999));
  await expect(page.getByTestId('graph-output')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('graph-output')).toHaveAttribute('data-value', '1000');
  await expect(page.getByTestId('var-x')).toHaveAttribute('data-grad', '1000');
  // The browser reports the failed load itself; nothing else goes wrong.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});
