import { expect, test } from '@playwright/test';
import {
  buildNetworkTrace,
  LECTURE_SCENARIO,
  forwardBackward,
  setWeightForTest,
} from './engineForTests';
import { expectedNetworkHooks } from './expectedHooks';
import { expectStep, readHooks, watchErrors } from './support';

test('stepping through the whole default trace, every DOM hook matches the engine at every step', async ({
  page,
}) => {
  // 61 steps, every hook read at each: a long walk, given the time for it on a busy machine.
  test.slow();
  const errors = watchErrors(page);
  const trace = buildNetworkTrace(LECTURE_SCENARIO);
  await page.goto('./?lang=en');
  const total = trace.steps.length;
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-total', String(total));
  for (let cursor = 0; cursor <= total; cursor++) {
    if (cursor > 0) await page.keyboard.press('ArrowRight');
    await expectStep(page, cursor);
    const actual = await readHooks(page);
    const expected = expectedNetworkHooks(LECTURE_SCENARIO, trace, cursor);
    for (const [id, attributes] of Object.entries(expected)) {
      const shown = { ...actual[id] };
      delete shown.y;
      expect(shown, `${id} at step ${cursor}`).toEqual(attributes);
    }
  }
  // And back again: stepping backwards hides what was computed.
  await page.keyboard.press('Home');
  await expectStep(page, 0);
  await expect(page.getByTestId('neuron-1-0')).not.toHaveAttribute('data-z', /./);
  expect(errors).toEqual([]);
});

test('editing a weight in place recomputes everything downstream and keeps the step', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&step=end');
  const before = Number(await page.getByTestId('neuron-3-0').getAttribute('data-a'));
  // w from neuron 1 (layer 1, k=0) to neuron 3 (layer 2, j=0) is 2 in the lecture.
  await page.getByTestId('edge-1-0-0').click();
  const input = page.getByTestId('edit-input');
  await expect(input).toBeFocused();
  await input.fill('abc');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not a number');
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '2');
  await input.fill('-3');
  await input.press('Enter');
  await expect(page.getByTestId('edit-input')).toHaveCount(0);
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '-3');
  await expectStep(page, 61);
  const expected = forwardBackward(setWeightForTest(LECTURE_SCENARIO, 1, 0, 0, -3));
  await expect(page.getByTestId('neuron-2-0')).toHaveAttribute(
    'data-z',
    String(expected.z[1]?.[0]),
  );
  await expect(page.getByTestId('neuron-3-0')).toHaveAttribute(
    'data-a',
    String(expected.a[2]?.[0]),
  );
  expect(Number(await page.getByTestId('neuron-3-0').getAttribute('data-a'))).not.toBe(before);
  // Esc cancels; undo restores the lecture's weight.
  await page.getByTestId('edge-1-0-0').click();
  await page.getByTestId('edit-input').fill('100');
  await page.getByTestId('edit-input').press('Escape');
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '-3');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '2');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '-3');
  expect(errors).toEqual([]);
});

test('the keyboard alone reaches and operates every control', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en');
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      return (
        el.getAttribute('data-testid') ??
        el.getAttribute('aria-label') ??
        el.textContent?.trim().slice(0, 30) ??
        el.tagName
      );
    });
    reached.add(name);
  }
  for (const name of [
    'Next step',
    'Play',
    'To end',
    'Timeline: drag or click to jump to a step',
    'neuron-0-0',
    'edge-0-0-0',
    'bias-1-0',
    'amp-3-1',
    'loss',
    'target-0',
  ]) {
    expect([...reached], name).toContain(name);
  }
  // Operate: a focused weight opens its editor with Enter.
  await page.getByTestId('edge-0-0-0').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('0.5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('edge-0-0-0')).toHaveAttribute('data-w', '0.5');
  await expect(page.getByTestId('edge-0-0-0')).toBeFocused();
  // The timeline is a slider.
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  // ] runs the rest of the phase as one step: the whole forward pass.
  await page.keyboard.press(']');
  await expectStep(page, 12);
  expect(errors).toEqual([]);
});

test('focusing a neuron shows its numbers in the inspector and lights its op-amp twin', async ({
  page,
}) => {
  await page.goto('./?lang=en&step=end');
  await page.getByTestId('neuron-1-0').focus();
  const inspector = page.locator('.inspector');
  await expect(inspector).toContainText('Neuron 1 (layer 1)');
  await expect(inspector).toContainText('−0.00356516');
  await expect(page.getByTestId('amp-1-0')).toHaveClass(/focused/);
  await page.keyboard.press('Home');
  await expect(inspector).toContainText('—');
});

test('apply update replaces every parameter by θ − η∇L and starts a new pass', async ({ page }) => {
  await page.goto('./?lang=en&step=end');
  const next = await page.getByTestId('edge-2-0-0').getAttribute('data-w-next');
  const lossBefore = Number(await page.getByTestId('loss').getAttribute('data-value'));
  await page.getByTestId('apply-update').click();
  await expectStep(page, 0);
  await expect(page.getByTestId('edge-2-0-0')).toHaveAttribute('data-w', next ?? '');
  await page.keyboard.press('End');
  expect(Number(await page.getByTestId('loss').getAttribute('data-value'))).toBeLessThan(
    lossBefore,
  );
});

test('values travel along the wires as a step runs, and appear without travelling under reduced motion', async ({
  page,
}) => {
  await page.goto('./?lang=en&step=2');
  await expectStep(page, 2);
  // The animation's code loads after the first screen; the layer says when it has.
  await expect(page.locator('.flow-layer')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  // z₂ = w·x₁ + w·x₂ + b: one token per input travels into neuron 2.
  await expect(page.locator('.flow-token')).toHaveCount(2);
  await expect(page.locator('.flow-token').first()).toContainText(/−?1/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 4);
  await expect(page.locator('.flow-token, .flow-pulse')).toHaveCount(0);
  await expect(page.getByTestId('neuron-1-1')).toHaveAttribute('data-a', /0\.119/);
});

test('playing takes a step per interval, its narration and formula follow it, and Pause stops where it is', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&step=0');
  await expectStep(page, 0);
  await page.getByLabel('Speed').selectOption('4');
  const started = Date.now();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('.flow-token').first()).toBeAttached();
  await page.waitForTimeout(2_000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const elapsed = Date.now() - started;
  const step = Number(await page.getByTestId('step-position').getAttribute('data-step'));
  // A step every 250 ms at 4×, never a burst to catch up.
  expect(step).toBeGreaterThanOrEqual(2);
  expect(step).toBeLessThanOrEqual(Math.floor(elapsed / 250) + 1);
  await page.waitForTimeout(600);
  await expectStep(page, step);
  // The panels that follow a frame or two later while playing show this step's text:
  // the same as when the step is reached by hand.
  const narration = await page.getByTestId('narration').textContent();
  const formula = await page.locator('.formula-panel .formula-lines').textContent();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, step);
  await expect(page.getByTestId('narration')).toHaveText(narration ?? '');
  await expect(page.locator('.formula-panel .formula-lines')).toHaveText(formula ?? '');
  expect(errors).toEqual([]);
});
