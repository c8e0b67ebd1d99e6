import { expect, test } from '@playwright/test';
import { LECTURE_SCENARIO, forwardBackward } from '../src/engine';
import { readHooks, watchErrors } from './support';

test('the built app opens on the lecture network, and its outputs appear at the end of the pass', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Backprop Circuit' })).toBeVisible();
  // Six neurons, four inputs-plus-hidden layers of the 2-2-2-2 network, every weight.
  await expect(page.locator('[data-testid^="neuron-"]')).toHaveCount(8);
  await expect(page.locator('[data-testid^="edge-"]')).toHaveCount(12);
  await expect(page.locator('[data-testid^="amp-"]')).toHaveCount(6);
  await expect(page.getByTestId('neuron-0-0')).toHaveAttribute('data-a', '1');
  await expect(page.getByTestId('neuron-0-1')).toHaveAttribute('data-a', '-1');
  // Nothing computed yet at step 0.
  await expect(page.getByTestId('neuron-3-0')).not.toHaveAttribute('data-a', /./);

  await page.keyboard.press('End');
  const expected = forwardBackward(LECTURE_SCENARIO);
  const hooks = await readHooks(page);
  expect(Number(hooks['neuron-3-0']?.a)).toBe(expected.a[2]?.[0]);
  expect(Number(hooks['neuron-3-1']?.a)).toBe(expected.a[2]?.[1]);
  expect(Number(hooks['neuron-3-0']?.a)).toBeCloseTo(0.617704777755341, 12);
  expect(Number(hooks.loss?.value)).toBeCloseTo(0.4167981090281, 12);
  await expect(page.getByTestId('neuron-3-0')).toContainText('0.618');
  expect(errors).toEqual([]);
});
