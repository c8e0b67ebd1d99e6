import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset, trainingGradient, type DataPoint } from './engineForTests';
import { readCsv } from '../src/engine/playground/csv';
import { defaultRun, settledLink, expectIteration } from './playgroundSupport';
import { watchErrors } from './support';

/** The user's own points on the plane: placed, moved, removed, imported, exported, linked. */

const map = (page: Page) => page.getByTestId('decision-map');
const layer = (page: Page) => page.getByTestId('points-layer');
const number = async (page: Page, name: string) =>
  Number(await map(page).getAttribute(`data-${name}`));

async function expectCount(page: Page, train: number, test: number): Promise<void> {
  const count = page.getByTestId('own-count');
  await expect(count).toHaveAttribute('data-train', String(train));
  await expect(count).toHaveAttribute('data-test', String(test));
}

/** Opens the Data mode on the user's own points, cleared (asked first). */
async function openOwn(page: Page, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await page.goto(`/?scene=training&dataset=circle&lang=${lang}`);
  await page.getByTestId('dataset-own').click();
  await expect(page.getByTestId('dataset-picker')).toHaveAttribute('data-dataset', 'own');
  await page.getByTestId('own-clear').click();
  await page.getByTestId('own-clear-confirm').click();
  await expectCount(page, 0, 0);
}

/** The page position of plane point (x1, x2) on the points layer. */
async function at(page: Page, x1: number, x2: number): Promise<{ x: number; y: number }> {
  await layer(page).scrollIntoViewIfNeeded();
  // Taken once the page has stopped scrolling (a scroll may still be under way).
  let box = await layer(page).boundingBox();
  await expect
    .poll(async () => {
      const before = box;
      await page.waitForTimeout(50);
      box = await layer(page).boundingBox();
      return box !== null && before !== null && box.y === before.y;
    })
    .toBe(true);
  if (box === null) throw new Error('the plane is not shown');
  return { x: box.x + ((x1 + 6) / 12) * box.width, y: box.y + ((6 - x2) / 12) * box.height };
}

async function clickAt(page: Page, x1: number, x2: number, shift = false): Promise<void> {
  const { x, y } = await at(page, x1, x2);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(x, y);
  if (shift) await page.keyboard.up('Shift');
}

/** The CSV the export button downloads, read back by the engine's reader. */
async function exported(
  page: Page,
): Promise<{ text: string; train: DataPoint[]; test: DataPoint[] }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-export').click();
  const path = await (await download).path();
  const text = await readFile(path, 'utf8');
  const result = readCsv(text);
  if (!result.ok || result.sets === null) throw new Error(`export unreadable: ${text}`);
  const { points, sets } = result;
  return {
    text,
    train: points.filter((_, i) => sets[i] === 'train'),
    test: points.filter((_, i) => sets[i] === 'test'),
  };
}

/** Within a pixel or so of (x1, x2) on a plane 12 units across. */
function expectNear(p: DataPoint | undefined, x1: number, x2: number, label: number): void {
  expect(p).toBeDefined();
  if (p === undefined) return;
  expect(Math.abs(p.x1 - x1)).toBeLessThan(0.08);
  expect(Math.abs(p.x2 - x2)).toBeLessThan(0.08);
  expect(p.label).toBe(label);
}

/** The training loss at θ⁰ (seed 1, the default 2-4-2-1 tanh network), by the engine in Node. */
function nodeLoss(train: readonly DataPoint[]): number {
  const { setup, run } = defaultRun(train);
  return trainingGradient(setup, run.theta).loss;
}

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByTestId('csv-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

test.describe('your own data', () => {
  test('a click adds, a drag moves, the eraser and Shift-click remove; clear all asks, undo restores', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openOwn(page);
    await clickAt(page, -3, 3);
    await page.getByTestId('own-label-neg').click();
    await page.getByTestId('own-target-test').click();
    await clickAt(page, 3, -3);
    await expectCount(page, 1, 1);
    await expect(map(page)).toHaveAttribute('data-train-points', '1');
    let data = await exported(page);
    expectNear(data.train[0], -3, 3, 1);
    expectNear(data.test[0], 3, -3, -1);

    // Training restarts from θ⁰ on any change of the points.
    await expectIteration(page, 0);
    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('playground-step').click();
      await expectIteration(page, i);
    }

    // A drag of the training point moves it (one change, on release); the count stays.
    const from = await at(page, -3, 3);
    const to = await at(page, -1, 1);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await expectIteration(page, 0);
    data = await exported(page);
    expect(data.train).toHaveLength(1);
    expectNear(data.train[0], -1, 1, 1);
    await expectCount(page, 1, 1);

    // A tap on empty ground adds (label −1, to the test set, as chosen).
    await clickAt(page, 0, -4);
    await expectCount(page, 1, 2);
    // Shift-click removes the point under the pointer; so does the eraser.
    await clickAt(page, 3, -3, true);
    await expectCount(page, 1, 1);
    await page.getByTestId('own-tool-erase').click();
    await clickAt(page, 5, 5);
    await expectCount(page, 1, 1);
    await clickAt(page, 0, -4);
    await expectCount(page, 1, 0);
    data = await exported(page);
    expectNear(data.train[0], -1, 1, 1);

    // Clear all asks first; "keep them" keeps them, undo takes a clear back.
    await page.getByTestId('own-clear').click();
    await page.getByTestId('own-clear-cancel').click();
    await expectCount(page, 1, 0);
    await page.getByTestId('own-clear').click();
    await page.getByTestId('own-clear-confirm').click();
    await expectCount(page, 0, 0);
    await page.getByTestId('own-undo').click();
    await expectCount(page, 1, 0);
    await page.getByTestId('own-undo').click();
    await expectCount(page, 1, 1);
    expect(errors).toEqual([]);
  });

  test('the keys place, carry and remove points', async ({ page }) => {
    const errors = watchErrors(page);
    await openOwn(page);
    await layer(page).focus();
    // Space over empty ground picks nothing up (and does not start training).
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectCount(page, 2, 0);
    // Space picks up the point under the cross, the arrows carry it, Space puts it down.
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Space');
    let data = await exported(page);
    expect(data.train).toEqual([
      { x1: 0, x2: 0, label: 1 },
      { x1: 1, x2: 1, label: 1 },
    ]);
    await layer(page).focus();
    await page.keyboard.press('Delete');
    await expectCount(page, 1, 0);
    await page.keyboard.press('Control+z');
    await expectCount(page, 2, 0);
    data = await exported(page);
    expect(data.train).toHaveLength(2);
    // The page's play key did not start training while the plane had the keys.
    await expect(page.getByTestId('playground-play')).toHaveAttribute('aria-pressed', 'false');
    expect(errors).toEqual([]);
  });

  test('a finger taps a point in and drags it on a phone', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openOwn(page, 'zh');
    const start = await at(page, 2, 2);
    await page.touchscreen.tap(start.x, start.y);
    await expectCount(page, 1, 0);
    const from = await at(page, 2, 2);
    const end = await at(page, -2, -1);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: from.x, y: from.y }],
    });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: from.x + ((end.x - from.x) * i) / 8, y: from.y + ((end.y - from.y) * i) / 8 },
        ],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expectCount(page, 1, 0);
    const data = await exported(page);
    expectNear(data.train[0], -2, -1, 1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
    expect(errors).toEqual([]);
  });

  test('a long press on a point removes it on a phone; a short tap still adds, a drag still moves', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openOwn(page);
    await expect(page.locator('.own-help')).toContainText('press and hold a point to remove it');
    const a = await at(page, 2, 2);
    await page.touchscreen.tap(a.x, a.y);
    const b = await at(page, -3, 1);
    await page.touchscreen.tap(b.x, b.y);
    await expectCount(page, 2, 0);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    // Held on the point with a finger's jitter of 3 px for longer than half a second: gone
    // while the finger is still down, and said so; lifting it adds nothing.
    await touch('touchStart', a.x, a.y);
    await touch('touchMove', a.x + 3, a.y - 2);
    await page.waitForTimeout(800);
    await expectCount(page, 1, 0);
    await expect(page.getByTestId('own-press-removed')).toHaveText(
      'Point removed by the long press. Undo brings it back.',
    );
    await touch('touchEnd');
    await expectCount(page, 1, 0);
    let data = await exported(page);
    expect(data.train).toHaveLength(1);
    expectNear(data.train[0], -3, 1, 1);
    // One undoable edit, as the eraser's: undo brings the point back and ends the message.
    await page.getByTestId('own-undo').click();
    await expectCount(page, 2, 0);
    await expect(page.getByTestId('own-press-removed')).toHaveCount(0);
    // A press held as long that moves on is a drag: the point moves and stays.
    const c = await at(page, -1, -2);
    await touch('touchStart', b.x, b.y);
    for (let i = 1; i <= 4; i++)
      await touch('touchMove', b.x + ((c.x - b.x) * i) / 4, b.y + ((c.y - b.y) * i) / 4);
    await page.waitForTimeout(800);
    await touch('touchEnd');
    await expectCount(page, 2, 0);
    data = await exported(page);
    expectNear(data.train[1], -1, -2, 1);
    // A long press on empty ground does nothing until it is lifted, then adds a point there.
    const empty = await at(page, 4, -4);
    await touch('touchStart', empty.x, empty.y);
    await page.waitForTimeout(800);
    await expectCount(page, 2, 0);
    await touch('touchEnd');
    await expectCount(page, 3, 0);
    await context.close();
    expect(errors).toEqual([]);
  });

  test('Ctrl+Z undoes the last point edit wherever the focus is, and leaves the network edits alone', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    // A network edit first, in the network scene.
    await page.goto('./?lang=en');
    await page.getByTestId('neuron-0-1').click();
    await page.getByTestId('edit-input').fill('0.25');
    await page.getByTestId('edit-input').press('Enter');
    await expect(page.getByTestId('neuron-0-1')).toHaveAttribute('data-a', '0.25');
    // Then own points in the Data mode of the gradient-descent scene.
    await page.getByRole('button', { name: 'Gradient descent' }).click();
    await page.getByTestId('training-mode-data').click();
    await page.getByTestId('dataset-own').click();
    await page.getByTestId('own-clear').click();
    await page.getByTestId('own-clear-confirm').click();
    await expectCount(page, 0, 0);
    await clickAt(page, 1, 1);
    await clickAt(page, -2, 3);
    await expectCount(page, 2, 0);
    // The focus on a tool button, not on the plane.
    await page.getByTestId('own-tool-add').click();
    await expect(page.getByTestId('own-tool-add')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expectCount(page, 1, 0);
    // Redo makes the point edit again.
    await page.keyboard.press('Control+Shift+z');
    await expectCount(page, 2, 0);
    // A text field keeps its own undo: the page's undo does not run in it.
    await page.getByTestId('playground-seed').focus();
    await page.keyboard.press('Control+z');
    await expectCount(page, 2, 0);
    // After a click on the page's background (text), and Ctrl+Y redoes too.
    await page.getByTestId('own-count').click();
    await page.keyboard.press('Control+z');
    await expectCount(page, 1, 0);
    await page.keyboard.press('Control+y');
    await expectCount(page, 2, 0);
    // After the Undo button.
    await page.getByTestId('own-undo').click();
    await expectCount(page, 1, 0);
    await expect(page.getByTestId('own-undo')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expectCount(page, 0, 0);
    // The network edit is still there, and is still the one the network scene undoes.
    await page.getByRole('button', { name: 'Network' }).click();
    await expect(page.getByTestId('neuron-0-1')).toHaveAttribute('data-a', '0.25');
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('neuron-0-1')).toHaveAttribute('data-a', '-1');
    expect(errors).toEqual([]);
  });

  test('a good CSV replaces the points; a bad one is refused with every problem and its line, in both languages', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openOwn(page);
    await importText(
      page,
      'good.csv',
      'x1,x2,label,set\n1,1,1,train\n-1,-1,-1,train\n2,-2,1,test\n',
    );
    await expect(page.getByTestId('csv-report')).toHaveAttribute('data-outcome', 'imported');
    await expectCount(page, 2, 1);
    await expect(map(page)).toHaveAttribute('data-train-points', '2');
    await expectIteration(page, 0);
    const loss = await number(page, 'train-loss');
    const testLoss = await number(page, 'test-loss');
    expect(
      Math.abs(
        loss -
          nodeLoss([
            { x1: 1, x2: 1, label: 1 },
            { x1: -1, x2: -1, label: -1 },
          ]),
      ),
    ).toBeLessThanOrEqual(1e-9 * loss);

    await importText(page, 'bad.csv', 'x1,x2,label\n1,abc,1\n7,0,1\n1,2\n\n0,0,maybe\n');
    const report = page.getByTestId('csv-report');
    await expect(report).toHaveAttribute('data-outcome', 'refused');
    await expect(report).toContainText('bad.csv');
    const problems = page.getByTestId('csv-problem');
    await expect(problems).toHaveCount(4);
    expect(
      await problems.evaluateAll((list) => list.map((e) => e.getAttribute('data-line'))),
    ).toEqual(['2', '3', '4', '6']);
    await expect(problems.nth(0)).toHaveText('Line 2, column 2: x2 “abc” is not a number.');
    await expect(problems.nth(1)).toHaveText('Line 3, column 1: x1 = 7 is outside −6 … 6.');
    await expect(problems.nth(2)).toHaveText('Line 4: Expected 3 values, found 2.');
    await expect(problems.nth(3)).toHaveText('Line 6, column 3: label “maybe” is not a number.');
    // Nothing changed: the same points, the same run.
    await expectCount(page, 2, 1);
    expect(await number(page, 'train-loss')).toBe(loss);
    expect(await number(page, 'test-loss')).toBe(testLoss);

    // A file too large is refused before it is read, naming the limit.
    await importText(page, 'huge.csv', Buffer.alloc(300 * 1024, 'x'));
    await expect(problems).toHaveCount(1);
    await expect(problems.nth(0)).toHaveText('The file is 300 KB; at most 256 KB can be read.');
    await expectCount(page, 2, 1);

    // The same in Chinese; and a file dropped on the plane is read the same way.
    await page.getByRole('button', { name: '中文' }).click();
    await page.evaluate(() => {
      const target = document.querySelector('[data-testid="points-layer"]');
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x1,x2,label\n0,0,1\n9,0,1\n'], 'drop.csv'));
      for (const type of ['dragover', 'drop'])
        target?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true }));
    });
    await expect(problems).toHaveCount(1);
    await expect(problems.nth(0)).toHaveText('第 3 行第 1 列：x1 = 9 超出了 −6 … 6 的范围。');
    await expect(report).toContainText('drop.csv');
    await expect(report).toContainText('没有导入，数据没有任何改变');
    await expectCount(page, 2, 1);

    // Labels 0 and 1, as most tools write two classes: read as −1 and 1, and said so (the
    // file became a regression onto 0 and 1 without a word).
    await page.getByRole('button', { name: 'English' }).click();
    await importText(page, 'zeroone.csv', 'x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n');
    await expect(report).toHaveAttribute('data-outcome', 'imported');
    await expect(report).toHaveAttribute('data-problem', 'classification');
    await expect(report).toContainText('0 as −1 (orange), 1 as +1 (blue)');
    const { train, test } = await exported(page);
    expect([...new Set([...train, ...test].map((p) => p.label))].sort()).toEqual([-1, 1]);
    // A label that is neither: the report says the file is a regression problem.
    await importText(page, 'targets.csv', 'x1,x2,label\n1,1,0.5\n-1,-1,-0.25\n');
    await expect(report).toHaveAttribute('data-problem', 'regression');
    await expect(report).toContainText('A regression problem');
    // New points then get a value, as the file's do.
    await expect(page.getByTestId('own-label-value')).toHaveAttribute('aria-checked', 'true');
    expect(errors).toEqual([]);
  });

  test('own points copied from a regression set get new points with a value', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=reg-plane&lang=en');
    await page.getByTestId('dataset-own').click();
    await expect(page.getByTestId('own-label-value')).toHaveAttribute('aria-checked', 'true');
    await page.getByTestId('own-value').fill('-1.5');
    const before = await page.getByTestId('own-count').getAttribute('data-train');
    await clickAt(page, 0, 0);
    await expect(page.getByTestId('own-count')).toHaveAttribute(
      'data-train',
      String(Number(before) + 1),
    );
    const data = await exported(page);
    expectNear(data.train.at(-1), 0, 0, -1.5);
    expect(errors).toEqual([]);
  });

  test('export then import gives the same points, generated or own', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&lang=en');
    await expectIteration(page, 0);
    const generatedLoss = await number(page, 'train-loss');
    const first = await exported(page);
    const set = generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1 });
    expect(first.train).toEqual(set.train);
    expect(first.test).toEqual(set.test);

    await importText(page, 'xor.csv', first.text);
    await expect(page.getByTestId('dataset-picker')).toHaveAttribute('data-dataset', 'own');
    await expectCount(page, set.train.length, set.test.length);
    const second = await exported(page);
    // Own points are kept to three decimals (so that a link carries them exactly).
    const round = (p: DataPoint) => ({
      x1: Math.round(p.x1 * 1000) / 1000 || 0,
      x2: Math.round(p.x2 * 1000) / 1000 || 0,
      label: p.label,
    });
    expect(second.train).toEqual(set.train.map(round));
    expect(second.test).toEqual(set.test.map(round));
    await expectIteration(page, 0);
    const ownLoss = await number(page, 'train-loss');
    expect(Math.abs(ownLoss - nodeLoss(second.train))).toBeLessThanOrEqual(1e-9 * ownLoss);
    expect(Math.abs(ownLoss - generatedLoss)).toBeLessThan(1e-3 * generatedLoss);

    // And own points exported and imported again are exactly the same.
    await importText(page, 'again.csv', second.text);
    const third = await exported(page);
    expect(third.text).toBe(second.text);
    expect(await number(page, 'train-loss')).toBe(ownLoss);
    expect(errors).toEqual([]);
  });

  test('a link reopens the same own points and the same run', async ({ page, browser }) => {
    const errors = watchErrors(page);
    await openOwn(page);
    await clickAt(page, -2, 2);
    await clickAt(page, 2.5, -1);
    await page.getByTestId('own-label-neg').click();
    await clickAt(page, 2, 2);
    await page.getByTestId('own-target-test').click();
    await clickAt(page, -2, -2.5);
    await expectCount(page, 3, 1);
    await expectIteration(page, 0);
    for (let i = 1; i <= 5; i++) {
      await page.getByTestId('playground-step').click();
      await expectIteration(page, i);
    }
    const loss = await number(page, 'train-loss');
    const testLoss = await number(page, 'test-loss');
    const points = await exported(page);

    const link = await settledLink(page);
    const other = await browser.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await expectIteration(other, 5);
    await expect(other.getByTestId('dataset-picker')).toHaveAttribute('data-dataset', 'own');
    await expectCount(other, 3, 1);
    expect(await number(other, 'train-loss')).toBe(loss);
    expect(await number(other, 'test-loss')).toBe(testLoss);
    expect((await exported(other)).text).toBe(points.text);
    await other.close();
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  });
});
