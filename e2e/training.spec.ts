import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  backwardDeltas,
  deepScenario,
  forwardResults,
  LECTURE_SCENARIO,
  replay,
  SINE_SCENARIO,
  XOR_SCENARIO,
  type NetworkScenario,
} from './engineForTests';
import { watchErrors } from './support';

/** L(θᵗ) of `scenario` after t steps, computed here (in Node). */
const lossAt = (scenario: NetworkScenario, t: number): number =>
  replay(scenario, t).losses[t] ?? NaN;

const iteration = (page: Page) => page.getByTestId('training-iteration');
const loss = (page: Page) => page.getByTestId('training-loss');
const curve = (page: Page) => page.getByTestId('loss-curve');

async function expectIteration(page: Page, t: number): Promise<void> {
  await expect(iteration(page)).toHaveAttribute('data-iteration', String(t));
}

/**
 * The page's L(θᵗ) against the engine's in Node: equal to rounding (Chromium's V8 and
 * Node's round Math.exp differently in the last bit now and then). Exactness within the
 * browser — a link, a replay and stepping all giving the same bits — is checked page
 * against page below.
 */
async function expectLoss(page: Page, expected: number): Promise<void> {
  await expect
    .poll(async () => Number(await loss(page).getAttribute('data-value')))
    .toBeCloseTo(expected, 12);
  const actual = Number(await loss(page).getAttribute('data-value'));
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
}

async function lossText(page: Page): Promise<string> {
  return (await loss(page).getAttribute('data-value')) ?? '';
}

async function currentIteration(page: Page): Promise<number> {
  return Number(await iteration(page).getAttribute('data-iteration'));
}

const scenarioLink = (scenario: NetworkScenario, extra = '') =>
  `./?scene=training&lang=en&scenario=${encodeURIComponent(JSON.stringify(scenario))}${extra}`;

test('step, back, play, pause and θ⁰ move the iteration, the loss and the loss curve', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en');
  await expectIteration(page, 0);
  await expectLoss(page, lossAt(LECTURE_SCENARIO, 0));
  await expect(curve(page)).toHaveAttribute('data-points', '1');

  await page.getByTestId('training-step').click();
  await expectIteration(page, 1);
  await expectLoss(page, lossAt(LECTURE_SCENARIO, 1));
  await expect(curve(page)).toHaveAttribute('data-points', '2');
  // The step table shows the step to come: θ¹ → θ², and θ² is what the next step gives.
  const next = Number(await page.getByTestId('update-edge-0-0-0').getAttribute('data-next'));
  expect(next).toBeCloseTo(replay(LECTURE_SCENARIO, 2).scenario.weights[0]?.[0]?.[0] ?? NaN, 12);

  // The scene's own keys: → steps, ← steps back.
  await page.keyboard.press('ArrowRight');
  await expectIteration(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectIteration(page, 1);

  await page.getByTestId('training-play').click();
  await expect(page.getByTestId('training-scene')).toHaveAttribute('data-running', 'true');
  await expect.poll(() => currentIteration(page)).toBeGreaterThan(20);
  await page.getByTestId('training-play').click();
  await expect(page.getByTestId('training-scene')).toHaveAttribute('data-running', 'false');
  const paused = await currentIteration(page);
  await page.waitForTimeout(300);
  await expectIteration(page, paused);
  await expectLoss(page, lossAt(LECTURE_SCENARIO, paused));
  const points = Number(await curve(page).getAttribute('data-points'));
  expect(points).toBeGreaterThan(20);
  expect(points).toBeLessThanOrEqual(paused + 1);

  // Space plays and pauses too.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press(' ');
  await expect.poll(() => currentIteration(page)).toBeGreaterThan(paused);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('training-scene')).toHaveAttribute('data-running', 'false');

  await page.getByTestId('training-reset').click();
  await expectIteration(page, 0);
  await expect(curve(page)).toHaveAttribute('data-points', '1');
  await expectLoss(page, lossAt(LECTURE_SCENARIO, 0));
  expect(errors).toEqual([]);
});

test('XOR trains from its preset to the pinned numbers, at thousands of steps per second', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en');
  await page.getByTestId('training-preset-xor').click();
  await expectIteration(page, 0);
  await expect(page.getByTestId('sample-row-3')).toBeVisible();
  await page.getByTestId('training-rate').selectOption('5000');
  await page.getByTestId('training-play').click();
  await expect.poll(() => currentIteration(page), { timeout: 10_000 }).toBeGreaterThan(2000);
  await page.getByTestId('training-play').click();
  const reached = await currentIteration(page);
  await expectLoss(page, lossAt(XOR_SCENARIO, reached));
  expect(Number(await loss(page).getAttribute('data-value'))).toBeLessThan(0.01);
  // A long run is thinned for drawing, never more than about two points per pixel column.
  const points = Number(await curve(page).getAttribute('data-points'));
  expect(points).toBeGreaterThan(100);
  expect(points).toBeLessThan(1500);
  expect(errors).toEqual([]);
});

test('a huge η stops training at the last finite θ, says so and offers an η that was tried', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const huge = { ...SINE_SCENARIO, learningRate: 1e6 };
  const expected = replay(huge, 10_000);
  const step = expected.divergence?.step ?? NaN;
  expect(step).toBeGreaterThan(1);

  await page.goto('./?scene=training&lang=en');
  await page.getByTestId('training-preset-sine').click();
  await page.getByTestId('training-eta').fill('1e6');
  await page.getByTestId('training-eta').press('Enter');
  await page.getByTestId('training-play').click();
  const alert = page.getByTestId('training-diverged');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toHaveAttribute('data-step', String(step));
  await expect(alert).toContainText(`Step ${step}`);
  await expect(alert).toContainText('smaller learning rate');
  await expect(page.getByTestId('training-scene')).toHaveAttribute('data-running', 'false');
  await expectIteration(page, step - 1);
  await expectLoss(page, expected.losses[step - 1] ?? NaN);
  await expect(page.getByTestId('training-step')).toBeDisabled();

  // The η offered was tried in the background from θ⁰ and trained; it starts again there.
  const suggested = alert.getByTestId('apply-suggested-eta');
  await expect(suggested).toBeVisible();
  const eta = Number(await suggested.getAttribute('data-eta'));
  expect(eta).toBeLessThan(1e6);
  await suggested.click();
  await expect(page.getByTestId('training-eta')).toHaveValue(String(eta));
  await expectIteration(page, 0);
  await expect(alert).toBeHidden();

  // In Chinese as well.
  await page.goto(scenarioLink(huge, '&iteration=10000').replace('lang=en', 'lang=zh'));
  await expect(page.getByTestId('training-diverged')).toContainText(`第 ${step} 步`);
  await expectIteration(page, step - 1);
  expect(errors).toEqual([]);
});

test('a link with &iteration=N restores θ at N, with the same loss', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en&iteration=300');
  await expectIteration(page, 300);
  await expectLoss(page, lossAt(LECTURE_SCENARIO, 300));
  await expect(curve(page)).toHaveAttribute('data-points', '301');
  const at300 = await lossText(page);
  // The same bits whether θ³⁰⁰ comes from the link or from one more step after θ²⁹⁹.
  await page.goto('./?scene=training&lang=en&iteration=299');
  await expectIteration(page, 299);
  await page.getByTestId('training-step').click();
  await expectIteration(page, 300);
  expect(await lossText(page)).toBe(at300);

  await page.goto(scenarioLink(XOR_SCENARIO, '&iteration=343'));
  await expectIteration(page, 343);
  await expectLoss(page, 0.009959387408669645);
  expect(Number(await lossText(page))).toBeLessThan(0.01);
  // Going back replays from a checkpoint: the same bits as a link to 342.
  await page.getByTestId('training-back').click();
  await expectIteration(page, 342);
  const back = await lossText(page);
  await page.goto(scenarioLink(XOR_SCENARIO, '&iteration=342'));
  await expectIteration(page, 342);
  expect(await lossText(page)).toBe(back);
  await expectLoss(page, 0.010024680255110293);
  expect(errors).toEqual([]);
});

test('a link to a far iteration replays in slices: the page stays responsive', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(scenarioLink(deepScenario('tanh'), '&iteration=1000000'));
  await expect(iteration(page)).toHaveAttribute('data-pending', 'true');
  await expect(iteration(page)).toContainText('replaying');
  // The page answers while the replay goes on: the tab opens before the replay is done.
  await page.getByTestId('training-tab-why').click();
  await expect(page.getByTestId('why-backward')).toBeVisible();
  expect(await currentIteration(page)).toBeLessThan(1_000_000);
  await expect.poll(() => currentIteration(page)).toBeGreaterThan(0);
  await page.getByTestId('training-reset').click();
  await expectIteration(page, 0);
  await expect(iteration(page)).toHaveAttribute('data-pending', 'false');
  expect(errors).toEqual([]);
});

test('the share link carries the iteration: a fresh browser shows the same θ and loss', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en');
  await page.getByTestId('training-preset-xor').click();
  for (let i = 0; i < 7; i++) await page.getByTestId('training-step').click();
  await expectIteration(page, 7);
  const value = await lossText(page);
  await expectLoss(page, lossAt(XOR_SCENARIO, 7));
  const w = await page.getByTestId('update-edge-1-0-0').getAttribute('data-value');
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await expectIteration(other, 7);
  await expect(loss(other)).toHaveAttribute('data-value', value);
  await expect(other.getByTestId('update-edge-1-0-0')).toHaveAttribute('data-value', w ?? '');
  await fresh.close();
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('examples can be edited, added and deleted; non-numbers are refused with a message', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en&iteration=5');
  await expectIteration(page, 5);
  const cell = page.getByTestId('sample-0-x-0');
  await cell.fill('abc');
  await cell.press('Enter');
  await expect(page.getByTestId('sample-error')).toContainText('“abc” is not a number');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expectIteration(page, 5);

  await cell.fill('0.5');
  await cell.press('Enter');
  await expect(page.getByTestId('sample-error')).toBeHidden();
  const edited = { ...LECTURE_SCENARIO, samples: [{ x: [0.5, -1], y: [1, 0] }] };
  await expectIteration(page, 0);
  await expectLoss(page, lossAt(edited, 0));

  await page.getByTestId('add-sample').click();
  await expect(page.getByTestId('sample-row-1')).toBeVisible();
  await page.getByRole('button', { name: 'Delete example 1' }).click();
  await expect(page.getByTestId('sample-row-1')).toBeHidden();
  await expect(page.getByTestId('sample-0-x-0')).toHaveValue('0.5');
  // The last example cannot be deleted.
  await expect(page.getByRole('button', { name: 'Delete example 1' })).toBeDisabled();

  // Every change was an edit: undo walks them back.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(page.getByTestId('sample-0-x-0')).toHaveValue('1');
  expect(errors).toEqual([]);
});

test('per-example gradients add up to ∂L/∂w', async ({ page }) => {
  await page.goto(scenarioLink(XOR_SCENARIO, '&iteration=50'));
  await expectIteration(page, 50);
  const values = await Promise.all(
    [1, 2, 3, 4].map(async (n) =>
      Number(await page.getByTestId(`example-grad-${n}`).getAttribute('data-value')),
    ),
  );
  const total = Number(await page.getByTestId('example-grad-total').getAttribute('data-value'));
  expect(total).toBeCloseTo(
    values.reduce((s, v) => s + v, 0),
    12,
  );
  // x₁ = 0 in examples 1 and 2, so ∂Cⁿ/∂w₁,ₓ₁ = x₁·δ is 0 there: ∂z/∂w is the input.
  expect(values[0]).toBe(0);
  expect(values[1]).toBe(0);
});

test('why backwards: same ∂C/∂z both ways, the counts of the formulas, and a refused size', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=en');
  await page.getByTestId('training-tab-why').click();
  await expect(page.getByTestId('why-naive')).toHaveAttribute('data-ops', '38');
  await expect(page.getByTestId('why-backward')).toHaveAttribute('data-ops', '14');
  await expect(page.getByTestId('why-difference')).toHaveAttribute('data-value', '0');
  const deltas = backwardDeltas(forwardResults(LECTURE_SCENARIO)).deltas;
  const shown = Number(await page.getByTestId('why-delta-1-0').getAttribute('data-backward'));
  expect(shown).toBeCloseTo(deltas[0]?.[0] ?? NaN, 15);
  await expect(page.getByTestId('op-count-chart')).toBeVisible();

  await page.getByTestId('timing-width').selectOption('16');
  await page.getByTestId('timing-depth').selectOption('12');
  await page.getByTestId('timing-run').click();
  await expect(page.getByTestId('timing-refused')).toContainText('over the limit');
  await page.getByTestId('timing-width').selectOption('4');
  await page.getByTestId('timing-depth').selectOption('6');
  await page.getByTestId('timing-run').click();
  const result = page.getByTestId('timing-result');
  await expect(result).toContainText('14,520 multiply-adds');
  await expect(result).toContainText('104 multiply-adds');
  expect(errors).toEqual([]);
});

test('gradient check: backprop agrees with central differences at θᵗ', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?scene=training&lang=zh&iteration=10');
  await page.getByTestId('training-tab-check').click();
  const summary = page.getByTestId('check-summary');
  await expect(summary).toContainText('18 个参数');
  expect(Number(await summary.getAttribute('data-max-error'))).toBeLessThan(1e-6);
  await expect(page.getByTestId('check-w-0-0-0')).toHaveAttribute('data-tiny', 'false');
  expect(errors).toEqual([]);
});

test('a big network waits for a click before its gradient check', async ({ page }) => {
  const errors = watchErrors(page);
  const big = {
    version: 1,
    kind: 'network',
    layers: [16, 16, 16, 16, 16, 16, 16, 16, 1],
    activation: 'tanh',
    loss: 'mse',
    samples: Array.from({ length: 20 }, (_, n) => ({
      x: Array.from({ length: 16 }, (_, k) => ((n + k) % 5) / 5),
      y: [n / 20],
    })),
    learningRate: 0.01,
    seed: 1,
  };
  await page.goto(`./?scene=training&lang=en&scenario=${encodeURIComponent(JSON.stringify(big))}`);
  await page.getByTestId('training-tab-check').click();
  await expect(page.getByTestId('check-summary')).toBeHidden();
  await page.getByTestId('check-run').click();
  await expect(page.getByTestId('check-summary')).toContainText('over 1921 parameters', {
    timeout: 30_000,
  });
  expect(
    Number(await page.getByTestId('check-summary').getAttribute('data-max-error')),
  ).toBeLessThan(1e-4);
  expect(errors).toEqual([]);
});

test('the views are tabs (arrow keys move between them) with no serious axe violation', async ({
  page,
}) => {
  await page.goto('./?scene=training&lang=zh&iteration=20');
  await page.getByTestId('training-tab-train').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('training-tab-why')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('training-tab-why')).toBeFocused();
  // The arrow moved the tab, not the training.
  await expectIteration(page, 20);
  for (const tab of ['why', 'check', 'train'] as const) {
    await page.getByTestId(`training-tab-${tab}`).click();
    await page.waitForTimeout(200);
    const results = await new AxeBuilder({ page })
      .include('[data-testid="training-scene"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, tab).toEqual([]);
  }
});
