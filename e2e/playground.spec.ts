import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_HYPERPARAMETERS, generateDataset, trainingGradient } from './engineForTests';
import { defaultRun, settledLink, expectIteration } from './playgroundSupport';
import { watchErrors } from './support';

const map = (page: Page) => page.getByTestId('decision-map');
const number = async (page: Page, name: string) =>
  Number(await map(page).getAttribute(`data-${name}`));

/** Waits until the decision map shows iteration `t` (its train and test loss are of that θ). */
/** Takes `count` steps with the Step button, one at a time. */
async function step(page: Page, from: number, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await page.getByTestId('playground-step').click();
    await expectIteration(page, from + i);
  }
}

/** The training loss after `steps` steps, by the engine in Node (η changes as logged). */
function nodeLoss(
  request: { name: 'xor'; noise: number; split: number; seed: number },
  log: readonly { from: number; eta: number }[],
  steps: number,
): number {
  const { train } = generateDataset(request);
  const { setup, run } = defaultRun(train, log, request.seed);
  run.advance(steps, Infinity);
  return trainingGradient(setup, run.theta).loss;
}

test.describe('data playground', () => {
  test('trains the circle in the browser: the train and test loss fall', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=circle&lang=en');
    await expect(page.getByTestId('training-mode')).toHaveAttribute('data-mode', 'data');
    await expectIteration(page, 0);
    const train0 = await number(page, 'train-loss');
    const test0 = await number(page, 'test-loss');
    expect(train0).toBeGreaterThan(0.1);
    // Every hidden and output neuron of the default 2-4-2-1 network has its map.
    for (const id of ['1-0', '1-3', '2-0', '2-1', '3-0'])
      await expect(page.getByTestId(`neuron-map-${id}`)).toBeVisible();
    await expect(page.getByTestId('neuron-map-1-4')).toHaveCount(0);

    await page.getByTestId('playground-play').click();
    await expect.poll(() => number(page, 'iteration'), { timeout: 30_000 }).toBeGreaterThan(300);
    await page.getByTestId('playground-play').click();
    await expect(page.getByTestId('playground-play')).toHaveAttribute('aria-pressed', 'false');
    // Frames asked for before the pause may still arrive: read the run once it rests.
    await expect
      .poll(async () => {
        const before = await number(page, 'iteration');
        await page.waitForTimeout(300);
        return (await number(page, 'iteration')) === before;
      })
      .toBe(true);
    const trained = await number(page, 'iteration');
    const train1 = await number(page, 'train-loss');
    console.log(`circle: train loss ${train0} → ${train1} after ${trained} iterations`);
    expect(train1).toBeLessThan(train0 / 2);
    expect(await number(page, 'test-loss')).toBeLessThan(test0);
    // The page answered while training ran off its thread; the gradient view followed.
    await expect(page.getByTestId('gradient-panel')).toHaveAttribute('data-layer', '3');
    // The loss chart says its scale and the losses now, those of the run's readout.
    const now = Number(await page.getByTestId('loss-now-train').textContent());
    expect(Math.abs(now - train1)).toBeLessThan(5e-4);
    expect(Number(await page.getByTestId('loss-axis-top').textContent())).toBeGreaterThanOrEqual(
      train0 - 5e-3,
    );
    expect(errors).toEqual([]);
  });

  test('plays at the chosen speed (10 steps/s, then as fast as it goes), and a link keeps it', async ({
    page,
    browser,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=circle&lang=en');
    await expectIteration(page, 0);
    await page.getByTestId('playground-speed').selectOption('10');
    await page.getByTestId('playground-play').click();
    await expect.poll(() => number(page, 'iteration'), { timeout: 10_000 }).toBeGreaterThan(2);
    const a = { t: Date.now(), i: await number(page, 'iteration') };
    await page.waitForTimeout(2000);
    const b = { t: Date.now(), i: await number(page, 'iteration') };
    const rate = ((b.i - a.i) * 1000) / (b.t - a.t);
    console.log(`paced at 10 steps/s: ${rate.toFixed(1)} steps/s`);
    // A frame or a slow tick either way, never hundreds.
    expect(rate).toBeGreaterThan(4);
    expect(rate).toBeLessThan(16);
    await page.getByTestId('playground-speed').selectOption('max');
    await expect
      .poll(() => number(page, 'iteration'), { timeout: 10_000 })
      .toBeGreaterThan(b.i + 1000);
    await page.getByTestId('playground-play').click();
    await expect(page.getByTestId('playground-play')).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('playground-speed').selectOption('10');
    const link = await settledLink(page);

    const other = await browser.newPage();
    await other.goto(link);
    await expect(other.getByTestId('playground-speed')).toHaveValue('10');
    await other.close();
    expect(errors).toEqual([]);
  });

  test('a link reopens the same run: data, settings, η log and iteration', async ({
    page,
    browser,
  }) => {
    const errors = watchErrors(page);
    const request = { name: 'xor', noise: 10, split: 60, seed: 3 } as const;
    await page.goto('/?scene=training&dataset=xor&noise=10&split=60&seed=3&lang=en');
    await expect(page.getByTestId('dataset-picker')).toHaveAttribute('data-dataset', 'xor');
    await expectIteration(page, 0);
    await step(page, 0, 4);
    // A new η goes on from θ⁴ (and is recorded in the link).
    await page.getByTestId('playground-eta').selectOption('0.3');
    await step(page, 4, 3);
    await page.getByTestId('map-mode-delta').click();
    await expect(page.getByTestId('map-mode')).toHaveAttribute('data-mode', 'delta');

    const loss = await number(page, 'train-loss');
    const expected = nodeLoss(
      request,
      [
        { from: 0, eta: DEFAULT_HYPERPARAMETERS.learningRate },
        { from: 4, eta: 0.3 },
      ],
      7,
    );
    expect(Math.abs(loss - expected)).toBeLessThanOrEqual(1e-9 * expected);
    const testLoss = await number(page, 'test-loss');

    const link = await settledLink(page);
    const other = await browser.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await expectIteration(other, 7);
    expect(await number(other, 'train-loss')).toBe(loss);
    expect(await number(other, 'test-loss')).toBe(testLoss);
    await expect(other.getByTestId('dataset-picker')).toHaveAttribute('data-dataset', 'xor');
    await expect(other.getByTestId('map-mode')).toHaveAttribute('data-mode', 'delta');
    await expect(other.getByTestId('playground-eta')).toHaveValue('0.3');
    await expect(other.getByTestId('playground-noise')).toHaveValue('10');
    await expect(other.getByTestId('playground-split')).toHaveValue('60');
    await expect(other.getByTestId('playground-seed')).toHaveValue('3');
    await other.close();
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  });

  test('Share while the run plays: the run stops and the link is of the iteration it stopped at', async ({
    page,
    browser,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&noise=20&split=70&seed=7&lang=en');
    await expectIteration(page, 0);
    await page.getByTestId('playground-batch').selectOption('10');
    await page.getByTestId('playground-eta').selectOption('0.1');
    await page.getByTestId('playground-play').click();
    await expect.poll(() => number(page, 'iteration'), { timeout: 30_000 }).toBeGreaterThan(3000);
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('playground-play')).toHaveAttribute('aria-pressed', 'false');
    const stoppedAt = await number(page, 'iteration');
    const loss = await number(page, 'train-loss');
    // The dialog's link is the address's once the stopped run is in the store.
    const address = new URL(await settledLink(page)).searchParams.get('s');
    const field = page.getByTestId('share-link');
    await expect
      .poll(async () => new URL(await field.inputValue()).searchParams.get('s'))
      .toBe(address);
    const link = await field.inputValue();
    expect(await number(page, 'iteration')).toBe(stoppedAt);
    const other = await browser.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await expectIteration(other, stoppedAt);
    expect(await number(other, 'train-loss')).toBe(loss);
    await expect(other.getByTestId('playground-eta')).toHaveValue('0.1');
    await expect(other.getByTestId('playground-batch')).toHaveValue('10');
    await other.close();
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  });

  test('a readable link sets the network; δ maps and a neuron’s gradient follow clicks', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=spiral&features=x1,x2,sinx1&neurons=3&lang=en');
    await expectIteration(page, 0);
    await expect(page.getByTestId('hidden-layers')).toHaveAttribute('data-layers', '3');
    await expect(page.getByTestId('neuron-map-1-2')).toBeVisible();
    await expect(page.getByTestId('neuron-map-1-3')).toHaveCount(0);
    await expect(page.getByTestId('neuron-map-2-0')).toBeVisible();
    await expect(page.getByTestId('map-mode')).toHaveAttribute('data-mode', 'activation');
    await page.getByTestId('map-mode-delta').click();
    await expect(page.getByTestId('map-mode')).toHaveAttribute('data-mode', 'delta');
    await page.getByTestId('neuron-map-1-1').click();
    const panel = page.getByTestId('gradient-panel');
    await expect(panel).toHaveAttribute('data-layer', '1');
    await expect(panel).toHaveAttribute('data-index', '1');
    // One weight per feature into a first-layer neuron, and its bias.
    await expect(panel.locator('[data-testid^="grad-w-"]')).toHaveCount(3);
    const grad = Number(await page.getByTestId('grad-w-2').getAttribute('data-grad'));
    expect(Number.isFinite(grad)).toBe(true);
    expect(grad).not.toBe(0);
    expect(errors).toEqual([]);
  });

  test('fits a phone: one column, the decision map first, nothing wider than the screen', async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=spiral&lang=zh');
    await expectIteration(page, 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const mapBox = await map(page).boundingBox();
    const dataBox = await page.getByTestId('playground-data').boundingBox();
    expect(mapBox).not.toBeNull();
    expect(dataBox).not.toBeNull();
    if (mapBox === null || dataBox === null) return;
    expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(390);
    expect(mapBox.width).toBeGreaterThan(250);
    expect(mapBox.y).toBeLessThan(dataBox.y);
    // The neurons come right under the output, before the data's controls, so that both
    // can be watched while it trains.
    const diagramBox = await page.getByTestId('neuron-diagram').boundingBox();
    expect(diagramBox?.y ?? Infinity).toBeGreaterThan(mapBox.y);
    expect(diagramBox?.y ?? Infinity).toBeLessThan(dataBox.y);
    await page.getByTestId('playground-play').tap();
    await expect.poll(() => number(page, 'iteration'), { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByTestId('playground-play').tap();
    // A finger has no hover: a tap on the map reads the output there, and it stays after
    // the finger lifts. (Before the fix, nothing showed.)
    const layer = page.getByTestId('points-layer');
    const drawn = () => layer.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    const before = await drawn();
    await layer.tap({ position: { x: mapBox.width / 2, y: mapBox.height / 2 } });
    // A mark shows where the finger read the map.
    await expect.poll(drawn).not.toBe(before);
    await expect(page.getByTestId('map-hover')).toContainText('x₁ = ');
    await page.waitForTimeout(300);
    await expect(page.getByTestId('map-hover')).toContainText('x₁ = ');
    await page.close();
    expect(errors).toEqual([]);
  });

  test('XOR at η = 10, stuck at a loss of 0.46, is called stuck, with a smaller η that was tried', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&lang=en');
    await expectIteration(page, 0);
    await page.getByTestId('playground-eta').selectOption('10');
    const before = await page.getByTestId('decision-map').boundingBox();
    await page.getByTestId('playground-play').click();
    const notice = page.getByTestId('divergence-warning');
    await expect(notice).toBeVisible({ timeout: 60_000 });
    // Docked at the window's foot: coming up mid-run, it moves nothing.
    expect(await page.getByTestId('decision-map').boundingBox()).toEqual(before);
    await expect(notice).toBeInViewport();
    // A frame may catch the output saturated on its way to the plateau: either is true.
    expect(['stalled', 'saturated']).toContain(await notice.getAttribute('data-code'));
    await expect(notice).toContainText('Training is');
    const apply = page.getByTestId('apply-suggested-eta');
    await expect(apply).toBeVisible({ timeout: 60_000 });
    await expect(apply).toContainText('η = 3');
    expect(errors).toEqual([]);
  });
});
