import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors, whenDrawn } from './support';

/** 8 hidden layers of 16: the editor's largest network. */
const WIDE = [2, 16, 16, 16, 16, 16, 16, 16, 16, 2];
/** 12 layers of 64: the largest network a file or link may hold. */
const BIGGEST = Array.from({ length: 12 }, () => 64);

function link(layers: readonly number[], extra: string): string {
  const inputs = layers[0] ?? 1;
  const outputs = layers[layers.length - 1] ?? 1;
  const scenario = {
    version: 1,
    kind: 'network',
    layers,
    activation: 'sigmoid',
    loss: 'half-sse',
    samples: [{ x: Array(inputs).fill(1), y: Array(outputs).fill(0) }],
    learningRate: 0.5,
    seed: 1,
  };
  return `./?scenario=${encodeURIComponent(JSON.stringify(scenario))}&${extra}`;
}

/** Every data-current element lies inside the diagram's scroll panel and the window. */
async function currentInView(page: Page): Promise<{ count: number; outside: string[] }> {
  // The panel scrolls smoothly to the step: wait for it to settle.
  await page.waitForTimeout(700);
  return page.evaluate(() => {
    const panel = document.querySelector('.network-scroll')?.getBoundingClientRect();
    const outside: string[] = [];
    const current = document.querySelectorAll('[data-current="true"]');
    for (const element of current) {
      const r = element.getBoundingClientRect();
      const inside = (box: { left: number; top: number; right: number; bottom: number }) =>
        r.left >= box.left - 1 &&
        r.right <= box.right + 1 &&
        r.top >= box.top - 1 &&
        r.bottom <= box.bottom + 1;
      const win = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      if (panel === undefined || !inside(panel) || !inside(win))
        outside.push(element.getAttribute('data-testid') ?? '?');
    }
    return { count: current.length, outside };
  });
}

/** Pairs of visible diagram labels whose boxes intersect (by more than half a pixel). */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.network-diagram .diagram-label')].map((e) => ({
      text: e.textContent ?? '',
      r: e.getBoundingClientRect(),
    }));
    const found: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 0.5 && h > 0.5) found.push(`${a.text} × ${b.text}`);
      }),
    );
    return found;
  });
}

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Fit fits the width, the op-amp of step 19 stays in view, and a tap inspects', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./?lang=en&step=19');
    await whenDrawn(page);
    const widths = await page.evaluate(() => ({
      svg: document.querySelector('.network-diagram')?.getBoundingClientRect().width ?? NaN,
      panel: document.querySelector('.network-scroll')?.clientWidth ?? NaN,
    }));
    expect(widths.svg).toBeLessThanOrEqual(widths.panel + 1);
    await page.getByTestId('amp-3-0').scrollIntoViewIfNeeded();
    const view = await currentInView(page);
    expect(view.count).toBeGreaterThan(0);
    expect(view.outside).toEqual([]);

    // A tap inspects, without opening the editor (and the phone's keyboard).
    await page.getByTestId('edge-1-0-0').tap();
    await expect(page.getByTestId('edit-input')).toHaveCount(0);
    await expect(page.locator('.inspector')).toContainText('∂C/∂w');
    // The page is wider than the phone today (its header overflows), which throws off a
    // synthetic tap's hit test on the side panels; the button is activated directly.
    await page.getByTestId('inspector-edit').dispatchEvent('click');
    const input = page.getByTestId('edit-input');
    await expect(input).toBeVisible();
    const buttons = page.locator('.edit-popover .edit-actions button');
    await expect(buttons).toHaveCount(2);
    for (const box of [await buttons.nth(0).boundingBox(), await buttons.nth(1).boundingBox()])
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await input.fill('-3');
    await buttons.filter({ hasText: 'OK' }).dispatchEvent('click');
    await expect(page.getByTestId('edge-1-0-0')).toHaveAttribute('data-w', '-3');
    expect(errors).toEqual([]);
  });
});

test.describe('on a laptop (1366×768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the current step is in view and labels never overlap, at several steps', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./?lang=en&step=0');
    await expect(page.locator('.band-legend')).toContainText('δ = ∂C/∂z');
    for (const step of [1, 10, 19, 25, 40, 61]) {
      await page.goto(`./?lang=en&step=${step}`);
      await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', String(step));
      const view = await currentInView(page);
      expect(view.count, `step ${step}`).toBeGreaterThan(0);
      expect(view.outside, `step ${step}`).toEqual([]);
      expect(await overlappingLabels(page), `step ${step}`).toEqual([]);
    }
    // Edge gradients read ∂C/∂w, never ∇.
    const labels = await page.locator('.network-diagram .grad-label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.join(' ')).not.toContain('∇');
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`labels of an 8×16 network never overlap (${lang})`, async ({ page }) => {
      const errors = watchErrors(page);
      for (const step of ['0', '200', 'end']) {
        await page.goto(link(WIDE, `lang=${lang}&step=${step}`));
        // Drawn a layer at a time, with a progress line: measured once the last is there.
        await expect(page.getByTestId('neuron-9-0')).toBeVisible({ timeout: 60_000 });
        await expect(page.getByTestId('drawing-note')).toHaveCount(0);
        expect(await overlappingLabels(page), `step ${step}`).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }

  test('an 8×16 network draws its wires in bundles under the diagram, the step’s own on top, and exports them', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    // Step 41 computes z of a neuron of the second hidden layer, from 16 weights.
    await page.goto(link(WIDE, 'lang=en&step=41'));
    await expect(page.getByTestId('neuron-9-0')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('drawing-note')).toHaveCount(0);
    const forward = WIDE.slice(0, -1).reduce((n, fanIn, l) => n + fanIn * (WIDE[l + 1] ?? 0), 0);
    const reverse = forward - (WIDE[0] ?? 0) * (WIDE[1] ?? 0);
    const segments = (selector: string) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll(s)].reduce(
            (n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0),
            0,
          ),
        selector,
      );
    const layer = page.getByTestId('wire-layer');
    await expect(layer).toHaveAttribute('aria-hidden', 'true');
    expect(await segments('[data-testid="wire-layer"] .edges path.wire')).toBe(forward);
    expect(await segments('[data-testid="wire-layer"] .reverse-edges path.wire')).toBe(reverse);
    // Same size as the diagram, under it.
    const box = async (selector: string) => page.locator(selector).boundingBox();
    expect(await box('[data-testid="wire-layer"]')).toEqual(await box('svg.network-diagram'));
    // The diagram itself draws only the wires the step uses (and the focused one).
    const own = await page.locator('svg.network-diagram .edge .wire').count();
    const used = await page.locator('svg.network-diagram .edge:is(.read, .write)').count();
    expect(own).toBeGreaterThan(0);
    expect(own).toBe(used);
    // The exported picture has every wire, under the diagram.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const exported = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const nested = [...doc.documentElement.querySelectorAll(':scope > svg')];
      const count = (root: Element | undefined) =>
        [...(root?.querySelectorAll('path') ?? [])].reduce(
          (n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0),
          0,
        );
      return {
        layers: nested.length,
        wires: count(nested[0]),
        neurons: nested[1]?.querySelectorAll('[data-testid^="neuron-"]').length ?? 0,
        stroke: nested[0]?.querySelector('path')?.getAttribute('stroke') ?? null,
      };
    }, text);
    expect(exported.layers).toBe(2);
    expect(exported.wires).toBe(forward + reverse);
    expect(exported.neurons).toBe(WIDE.reduce((n, w) => n + w, 0));
    expect(exported.stroke).not.toBeNull();
    expect(errors).toEqual([]);
  });

  test('the largest network (12×64) opens drawn coarse and steps', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const tasks: number[] = [];
      Object.assign(window, { __longTasks: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(link(BIGGEST, 'lang=en&step=0'));
    await expect(page.getByTestId('neuron-11-63')).toBeAttached({ timeout: 60_000 });
    await expect(page.getByTestId('coarse-note')).toBeVisible();
    // The wires are one canvas: no element per wire, so the page stays small.
    await expect(page.locator('canvas.wire-canvas')).toHaveCount(1);
    // Painted by the wire painter's worker: the page has handed the canvas over (taking its
    // context here throws), and says when the picture is on it.
    await expect(page.locator('canvas.wire-canvas')).toHaveAttribute('data-drawn', 'true', {
      timeout: 30_000,
    });
    const handedOver = await page.evaluate(() => {
      try {
        document.querySelector<HTMLCanvasElement>('canvas.wire-canvas')?.getContext('2d');
        return false;
      } catch {
        return true;
      }
    });
    expect(handedOver).toBe(true);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(20_000);
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let step = 1; step <= 3; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', String(step));
    }
    await expect(page.locator('[data-current="true"]').first()).toBeAttached();
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    test.info().annotations.push({
      type: 'figures',
      description: `12×64: ${elements} DOM elements; longest task over 3 → presses ${Math.round(longest)} ms`,
    });
    console.log(`12×64: ${elements} DOM elements; longest task over 3 presses ${longest} ms`);
    expect(errors).toEqual([]);
  });
});

test('the largest network’s SVG export has its wires, the canvas’s picture under the diagram', async ({
  page,
}) => {
  test.slow();
  const errors = watchErrors(page);
  await page.goto(link(BIGGEST, 'lang=en&step=1'));
  await expect(page.getByTestId('neuron-11-63')).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('canvas.wire-canvas')).toHaveAttribute('data-underlay', 'true');
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-svg').click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const exported = await page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const [under, diagram] = [...doc.documentElement.querySelectorAll(':scope > svg')];
    const href = under?.querySelector('image')?.getAttribute('href') ?? '';
    // How much of the picture is drawn: the share of its pixels (at 200 × 200) not transparent.
    const picture = new Image();
    picture.src = href;
    await picture.decode();
    const small = document.createElement('canvas');
    small.width = 200;
    small.height = 200;
    const context = small.getContext('2d');
    context?.drawImage(picture, 0, 0, 200, 200);
    const alpha = context?.getImageData(0, 0, 200, 200).data.filter((_, i) => i % 4 === 3) ?? [];
    return {
      href: href.slice(0, 22),
      drawn: alpha.filter((a) => a > 0).length / Math.max(1, alpha.length),
      viewBox: [under?.getAttribute('viewBox'), diagram?.getAttribute('viewBox')],
      neurons: diagram?.querySelectorAll('[data-testid^="neuron-"]').length ?? 0,
    };
  }, text);
  expect(exported.href).toBe('data:image/png;base64,');
  // A picture of 86,000 wires, not an empty canvas.
  expect(exported.drawn).toBeGreaterThan(0.2);
  expect(exported.viewBox[0]).toBe(exported.viewBox[1]);
  expect(exported.neurons).toBe(BIGGEST.reduce((n, w) => n + w, 0));
  expect(errors).toEqual([]);
});
