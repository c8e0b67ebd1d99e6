import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDataset, parameterLayout, trainingGradient } from './engineForTests';
import { formatNumber } from '../src/lib/format';
import { defaultRun, expectIteration, settledLink } from './playgroundSupport';
import { watchErrors } from './support';

const map = (page: Page) => page.getByTestId('decision-map');
const readout = (page: Page) => page.getByTestId('edge-readout');

/** A canvas's pixels, as a data URL (to tell whether a drawing changed). */
const pixels = (canvas: Locator) =>
  canvas.evaluate((el) => (el instanceof HTMLCanvasElement ? el.toDataURL() : ''));

/** θ after `steps` steps of the default run on the xor set (2-4-2-1 tanh), in Node. */
function nodeRun(steps: number) {
  const { train } = generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1 });
  const { setup, run } = defaultRun(train);
  run.advance(steps, Infinity);
  return { setup, theta: run.theta };
}

test.describe('the neuron diagram', () => {
  test('draws inputs, neurons and edges; an edge tells its weight and ∂L/∂w as training goes', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&noise=0&split=50&seed=1&lang=en');
    await expectIteration(page, 0);
    const diagram = page.getByTestId('neuron-diagram');
    await expect(diagram).toHaveAttribute('data-layers', '2,4,2,1');
    for (const id of ['input-map-x1', 'input-map-x2'])
      await expect(page.getByTestId(id)).toBeVisible();
    for (const id of ['1-0', '1-3', '2-0', '2-1', '3-0'])
      await expect(page.getByTestId(`neuron-map-${id}`)).toBeVisible();
    // One edge per weight: 2·4 + 4·2 + 2·1.
    await expect(page.getByTestId('neuron-edges')).toHaveAttribute('data-edges', '18');
    await expect(diagram.locator('[data-testid^="edge-"]')).toHaveCount(18);

    // Focus on an edge: its weight, θ⁰ of the weight from x₂ into neuron 3 of layer 1.
    const layout = parameterLayout([2, 4, 2, 1]);
    const index = (layout.weights[0] ?? 0) + 2 * 2 + 1;
    await page.getByTestId('edge-1-2-1').focus();
    await expect(readout(page)).toHaveAttribute('data-edge', '1-2-1');
    const w0 = Number(await readout(page).getAttribute('data-weight'));
    expect(w0).toBe(nodeRun(0).theta[index]);
    await expect(readout(page)).toContainText('Weight from x₂ to neuron 3 of layer 1');
    // The arrow keys move along the edges.
    await page.keyboard.press('ArrowDown');
    await expect(readout(page)).toHaveAttribute('data-edge', '1-3-0');

    // The edges follow training: after 300 steps they are drawn differently.
    const edges0 = await pixels(page.getByTestId('neuron-edges'));
    await page.getByTestId('playground-play').click();
    await expect
      .poll(async () => Number(await map(page).getAttribute('data-iteration')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(300);
    await page.getByTestId('playground-play').click();
    await expect(page.getByTestId('playground-play')).toHaveAttribute('aria-pressed', 'false');
    // Frames asked for before the pause may still arrive: take the iteration once it rests.
    let t = -1;
    await expect
      .poll(async () => {
        const before = Number(await map(page).getAttribute('data-iteration'));
        await page.waitForTimeout(300);
        t = Number(await map(page).getAttribute('data-iteration'));
        return t === before;
      })
      .toBe(true);
    expect(await pixels(page.getByTestId('neuron-edges'))).not.toBe(edges0);

    // In δ mode the same edge also tells ∂L/∂w at θᵗ, as the engine computes it in Node.
    const thumb = page.getByTestId('neuron-map-1-2').locator('canvas');
    const activation = await pixels(thumb);
    await page.getByTestId('map-mode-delta').click();
    await expect(page.getByTestId('map-mode')).toHaveAttribute('data-mode', 'delta');
    await expect.poll(() => pixels(thumb)).not.toBe(activation);
    await page.getByTestId('edge-1-2-1').focus();
    await expect(readout(page)).toHaveAttribute('data-grad', /./);
    const { setup, theta } = nodeRun(t);
    const w = Number(await readout(page).getAttribute('data-weight'));
    const grad = Number(await readout(page).getAttribute('data-grad'));
    // The worker's and Node's floating point may differ in the last bits after many steps.
    const wNode = theta[index] ?? NaN;
    expect(Math.abs(w - wNode)).toBeLessThanOrEqual(1e-9 * Math.abs(wNode));
    expect(w).not.toBe(w0);
    const expected = trainingGradient(setup, theta).grad[index] ?? NaN;
    expect(Math.abs(grad - expected)).toBeLessThanOrEqual(1e-12 + 1e-9 * Math.abs(expected));
    console.log(`edge 1-2-1: w ${w0} → ${w} after ${t} steps, ∂L/∂w = ${grad}`);

    // Pointing at a neuron shows its map large meanwhile, as in the Playground, drawn as
    // the map mode draws the thumbnail: here (δ mode) its δ over the training examples.
    // Leaving it brings the output back.
    const output = await pixels(map(page).locator('canvas').first());
    await page.getByTestId('neuron-map-2-1').hover();
    await expect(map(page)).toHaveAttribute('data-preview', '2-1');
    await expect(map(page)).toHaveAttribute('data-preview-mode', 'delta');
    await expect.poll(() => pixels(map(page).locator('canvas').first())).not.toBe(output);
    await expect(
      page.getByText('Neuron 2 of layer 2: its δ on each training example'),
    ).toBeVisible();
    const deltaPixels = await pixels(map(page).locator('canvas').first());
    await page.mouse.move(0, 0);
    await expect(map(page)).not.toHaveAttribute('data-preview', /./);
    await expect.poll(() => pixels(map(page).locator('canvas').first())).toBe(output);

    // In activation mode it is the neuron's activation a: another picture (the run is
    // paused, so only the mode differs).
    await page.getByTestId('map-mode-activation').click();
    await page.getByTestId('neuron-map-2-1').hover();
    await expect(map(page)).toHaveAttribute('data-preview-mode', 'activation');
    await expect(page.getByText('Neuron 2 of layer 2: its activation a')).toBeVisible();
    await expect.poll(() => pixels(map(page).locator('canvas').first())).not.toBe(deltaPixels);
    await expect.poll(() => pixels(map(page).locator('canvas').first())).not.toBe(output);
    await page.mouse.move(0, 0);
    await page.getByTestId('map-mode-delta').click();

    // Clicking a neuron still explains its gradient.
    await page.getByTestId('neuron-map-2-1').click();
    await expect(page.getByTestId('gradient-panel')).toHaveAttribute('data-layer', '2');
    await expect(page.getByTestId('gradient-panel')).toHaveAttribute('data-index', '1');
    // …and brings it into view, wherever the page put it.
    await expect(page.getByTestId('gradient-panel')).toBeInViewport({ ratio: 0.5 });
    expect(errors).toEqual([]);
  });

  test('a clicked edge picks its weight to type; the run goes on from it and a link keeps it', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&noise=0&split=50&seed=1&lang=en');
    await expectIteration(page, 0);
    await page.getByTestId('playground-step').click();
    await expectIteration(page, 1);

    // The weight from x₂ into neuron 3 of layer 1: a click opens its box on the diagram,
    // focused, without scrolling the diagram away, and marks its row in neuron 3's
    // gradient panel.
    const layout = parameterLayout([2, 4, 2, 1]);
    const index = (layout.weights[0] ?? 0) + 2 * 2 + 1;
    const scrolled = await page.evaluate(() => scrollY);
    // (Edges cross: a click at the middle of this one's box could land on another.)
    await page.getByTestId('edge-1-2-1').dispatchEvent('click');
    const editor = page.getByTestId('edge-editor');
    await expect(editor).toHaveAttribute('data-edge', '1-2-1');
    const field = page.getByTestId('edge-weight');
    await expect(field).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    const panel = page.getByTestId('gradient-panel');
    await expect(panel).toHaveAttribute('data-layer', '1');
    await expect(panel).toHaveAttribute('data-index', '2');
    await expect(page.getByTestId('grad-w-1')).toHaveClass(/picked/);

    // Not a number: named, and nothing changes.
    await field.fill('1,5');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(editor).toContainText('“1,5” is not a number');
    await expect(page.getByTestId('grad-w-1')).not.toHaveAttribute('data-value', '1.5');

    // A value set with Enter closes the box (left open, it hid the diagram on a phone),
    // and the focus goes back to the edge, whose readout says the new weight.
    await field.fill('−1.5');
    await field.press('Enter');
    await expect(editor).toHaveCount(0);
    await expect(page.getByTestId('grad-w-1')).toHaveAttribute('data-value', '-1.5');
    await expect(page.getByTestId('set-w-1')).toHaveValue('-1.5');
    await expect(page.getByTestId('edge-1-2-1')).toBeFocused();
    await expect(readout(page)).toHaveAttribute('data-weight', '-1.5');
    // Escape closes it without setting anything.
    await page.keyboard.press('Enter');
    await expect(editor).toHaveAttribute('data-edge', '1-2-1');
    await field.fill('7');
    await field.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(page.getByTestId('grad-w-1')).toHaveAttribute('data-value', '-1.5');
    // Enter on a focused edge opens its box as well; the gradient panel's fields set the
    // weights and the bias too.
    await page.getByTestId('edge-1-3-0').focus();
    await page.keyboard.press('Enter');
    await expect(editor).toHaveAttribute('data-edge', '1-3-0');
    await expect(panel).toHaveAttribute('data-index', '3');
    await page.getByTestId('edge-1-2-1').dispatchEvent('click');
    await expect(panel).toHaveAttribute('data-index', '2');
    await page.getByTestId('set-b').fill('0.25');
    await page.getByTestId('set-b').press('Enter');
    await expect(page.getByTestId('grad-b')).toHaveAttribute('data-value', '0.25');

    // Three steps on from the typed values: θ as Node computes it with the same edits.
    await page.getByTestId('playground-step').click();
    await expectIteration(page, 2);
    await page.getByTestId('playground-step').click();
    await page.getByTestId('playground-step').click();
    await expectIteration(page, 4);
    const { train } = generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1 });
    const { run } = defaultRun(train);
    run.advance(1);
    run.editParameter(index, -1.5);
    run.editParameter((layout.biases[0] ?? 0) + 2, 0.25);
    run.advance(4);
    await page.getByTestId('edge-1-2-1').focus();
    const w = Number(await readout(page).getAttribute('data-weight'));
    const expected = run.theta[index] ?? NaN;
    expect(Math.abs(w - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
    expect(w).not.toBe(-1.5);

    // A link of this run opens to the same weight.
    const link = await settledLink(page);
    await page.goto(link);
    await expectIteration(page, 4);
    await page.getByTestId('edge-1-2-1').focus();
    await expect(readout(page)).toHaveAttribute('data-weight', String(w));
    expect(errors).toEqual([]);
  });

  test('on a phone a first tap reads an edge and a second opens its weight', async ({
    browser,
  }) => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const errors = watchErrors(page);
    await page.goto('/?scene=training&dataset=xor&noise=0&split=50&seed=1&lang=zh');
    await expectIteration(page, 0);
    const edge = page.getByTestId('edge-1-0-0');
    await edge.scrollIntoViewIfNeeded();
    // A point on this edge near its start, where no other edge crosses it.
    const at = await edge.evaluate((el) => {
      if (!(el instanceof SVGPathElement)) throw new Error('not a path');
      const p = el.getPointAtLength(el.getTotalLength() * 0.3);
      const m = el.getScreenCTM();
      if (m === null) throw new Error('not laid out');
      return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
    });
    await page.touchscreen.tap(at.x, at.y);
    await expect(readout(page)).toHaveAttribute('data-edge', '1-0-0');
    await expect(page.getByTestId('edge-editor')).toHaveCount(0);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.getByTestId('edge-editor')).toHaveAttribute('data-edge', '1-0-0');
    await expect(page.getByTestId('edge-weight')).toBeFocused();
    await page.close();
    expect(errors).toEqual([]);
  });

  for (const { width, height, lang } of [
    { width: 390, height: 844, lang: 'zh' },
    { width: 1366, height: 768, lang: 'en' },
  ])
    test(`fits ${width}×${height}: no two thumbnails overlap, the page is no wider than the screen`, async ({
      browser,
    }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = watchErrors(page);
      await page.goto(`/?scene=training&dataset=spiral&neurons=8,8,8&lang=${lang}`);
      await expectIteration(page, 0);
      const boxes = await page
        .locator('[data-testid^="neuron-map-"], [data-testid^="input-map-"]')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes).toHaveLength(2 + 8 + 8 + 8 + 1);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `thumbnails ${i} and ${j} overlap`).toBe(true);
        }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // Switching what the maps show leaves the diagram where it is (its notes differ in
      // length, and the diagram moved by the difference).
      // (Measured from its panel's top: the page scrolls in a box of its own.)
      const top = () =>
        page
          .getByTestId('neuron-diagram')
          .evaluate(
            (el) =>
              el.getBoundingClientRect().top -
              (el.closest('.neuron-maps')?.getBoundingClientRect().top ?? NaN),
          );
      const before = await top();
      for (const mode of ['delta', 'activation'] as const) {
        await page.getByTestId(`map-mode-${mode}`).click();
        await expect(page.getByTestId('map-mode-legend')).toHaveAttribute('data-mode', mode);
        expect(await top()).toBe(before);
      }
      await page.close();
      expect(errors).toEqual([]);
    });

  test('presenter mode: a caption of the run and of what the maps show, in both languages', async ({
    browser,
  }) => {
    for (const { width, height, lang, position, maps, delta } of [
      {
        width: 1920,
        height: 1080,
        lang: 'en',
        position: 'Iteration t = 0',
        maps: 'Small maps',
        delta: 'Backward pass',
      },
      {
        width: 1024,
        height: 768,
        lang: 'zh',
        position: '第 t = 0 次迭代',
        maps: '小图',
        delta: '反向传播',
      },
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = watchErrors(page);
      await page.goto(`/?scene=training&dataset=spiral&neurons=8,8,8&presenter=1&lang=${lang}`);
      await expectIteration(page, 0);
      const caption = page.getByTestId('caption-bar');
      await expect(caption).toHaveAttribute('data-iteration', '0');
      await expect(caption).toContainText(position);
      await expect(caption).toContainText(maps);
      const loss = Number(await map(page).getAttribute('data-train-loss'));
      await expect(caption).toContainText(formatNumber(loss, 4));
      // The diagram and the decision map sit above the caption, side by side.
      const diagram = await page.locator('.neuron-diagram-box').boundingBox();
      const output = await map(page).boundingBox();
      const bar = await caption.boundingBox();
      if (diagram === null || output === null || bar === null) throw new Error('not laid out');
      expect(diagram.y + diagram.height).toBeLessThanOrEqual(bar.y + 1);
      expect(diagram.x + diagram.width).toBeLessThanOrEqual(output.x);
      expect(output.width).toBeGreaterThan(width / 4);
      // On a wide screen the loss chart is in the caption, in view (it sat under it).
      if (width >= 1400) {
        const chart = page.getByTestId('caption-bar').getByTestId('loss-curves');
        await expect(chart).toBeInViewport({ ratio: 1 });
      }
      await page.getByTestId('map-mode-delta').click();
      await expect(caption).toHaveAttribute('data-mode', 'delta');
      await expect(caption).toContainText(delta);
      await page.close();
      expect(errors).toEqual([]);
    }
  });

  test('presenter mode: the largest network fits a small projector whole, its names apart', async ({
    browser,
  }) => {
    for (const { width, height, lang } of [
      { width: 1280, height: 720, lang: 'en' },
      { width: 1024, height: 768, lang: 'zh' },
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors = watchErrors(page);
      await page.goto(
        `/?scene=training&dataset=spiral&neurons=8,8,8,8,8,8&presenter=1&lang=${lang}`,
      );
      await expectIteration(page, 0);
      for (const mode of ['activation', 'delta'] as const) {
        await page.getByTestId(`map-mode-${mode}`).click();
        // The room cannot scroll: every row of eight is in the box (it scrolled at 720).
        const box = page.locator('.neuron-diagram-box');
        const fits = await box.evaluate((el) => el.scrollHeight <= el.clientHeight);
        expect(fits, `${width}×${height} ${mode}: the diagram scrolls`).toBe(true);
        await expect(page.getByTestId('neuron-map-6-7')).toBeInViewport({ ratio: 1 });
        // Each column's name stays whole and clear of its neighbours ("Feature / s" broke).
        const names = await page.locator('.diagram-column-name').evaluateAll((els) =>
          els.map((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const r = range.getBoundingClientRect();
            return { left: r.left, right: r.right, text: el.textContent ?? '' };
          }),
        );
        expect(names).toHaveLength(8);
        for (let c = 1; c < names.length; c++) {
          const [a, b] = [names[c - 1], names[c]];
          if (a === undefined || b === undefined) throw new Error('no name');
          // Apart by a gap a reader sees (they touched: "FeaturesHiddenHidden…").
          expect(a.right + 3, `${a.text} runs into ${b.text}`).toBeLessThanOrEqual(b.left);
        }
        const features = page.locator('.diagram-column-name').first();
        const lines = await features.evaluate(
          (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
        );
        expect(Math.round(lines), "the inputs' name is on one line").toBe(1);
      }
      await page.close();
      expect(errors).toEqual([]);
    }
  });
});
