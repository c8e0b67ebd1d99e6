import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchErrors } from './support';

/** Picks `kind` in the Export menu and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${kind}`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** What the browser's own SVG parser makes of an exported file. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      neuron: doc.querySelector('[data-testid="neuron-3-0"] .value')?.textContent ?? null,
      neuronA: doc.querySelector('[data-testid="neuron-3-0"]')?.getAttribute('data-a') ?? null,
      caption: [...doc.querySelectorAll('.export-caption text')].map((t) => t.textContent ?? ''),
      interactive: doc.querySelectorAll('[tabindex], [role="button"], [style]').length,
    };
  }, text);
}

/** Width and height from a PNG's IHDR chunk: bytes 16–23, big-endian, after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('Export menu', () => {
  test('the SVG is standalone, with the neuron values and the step’s caption', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?step=end');
    const { name, bytes } = await exportFile(page, 'svg');
    expect(name).toBe('backprop-step-61.svg');
    const svg = await readSvg(page, bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.tag).toBe('svg');
    const shown = await page.locator('[data-testid="neuron-3-0"] .value').textContent();
    expect(svg.neuron).toBe(shown);
    expect(svg.neuron).toBe('0.618');
    expect(Number(svg.neuronA)).toBeCloseTo(0.617704777755341, 12);
    expect(svg.caption[0]).toBe('Step 61 of 61 · Update');
    expect(svg.caption[1]).toBe('Backprop Circuit');
    const narration = await page.getByTestId('narration').textContent();
    expect(svg.caption.slice(2).join(' ')).toBe(narration);
    expect(svg.interactive).toBe(0);
    expect(svg.background).not.toBeNull();
    // The moving tokens of the flow animation are not part of the picture.
    expect(bytes.toString('utf8')).not.toContain('flow-layer');
    expect(await page.locator('main.scene .flow-layer').count()).toBeGreaterThan(0);
    // The diagram's own size (its viewBox), plus the caption.
    const viewBox = await page.locator('svg.network-diagram').getAttribute('viewBox');
    const [, , w = 0, h = 0] = (viewBox ?? '').split(/\s+/).map(Number);
    expect(svg.width).toBe(w);
    expect(svg.height).toBeGreaterThan(h);
    expect(errors).toEqual([]);
  });

  test('the caption is in the page’s language', async ({ page }) => {
    await page.goto('./?step=13&lang=zh');
    const svg = await readSvg(page, (await exportFile(page, 'svg')).bytes.toString('utf8'));
    expect(svg.caption[0]).toBe('第 13 步，共 61 步 · 代价');
    expect(svg.caption[1]).toBe('反向传播电路');
    const narration = (await page.getByTestId('narration').textContent()) ?? '';
    expect(svg.caption.slice(2).join('').replace(/ /g, '')).toBe(narration.replace(/ /g, ''));
  });

  test('the PNG is twice the diagram’s width', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?step=20');
    const svg = await readSvg(page, (await exportFile(page, 'svg')).bytes.toString('utf8'));
    const { name, bytes } = await exportFile(page, 'png');
    expect(name).toBe('backprop-step-20.png');
    const size = pngSize(bytes);
    // A canvas has whole pixels; the diagram's box may not.
    expect(size.width).toBe(Math.round(2 * svg.width));
    expect(size.height).toBe(Math.round(2 * svg.height));
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(errors).toEqual([]);
  });

  test('the trace as CSV: a header and one row per step, in RFC 4180 quoting', async ({ page }) => {
    await page.goto('./');
    const { name, bytes } = await exportFile(page, 'csv');
    expect(name).toBe('backprop-trace.csv');
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(62);
    expect(lines[0]).toBe('step,phase,kind,narration,formula,operands,result_symbol,result');
    expect(lines[1]).toMatch(/^1,forward,z,"Forward pass, neuron 1: [^"]*",/);
    expect(lines[1]).toMatch(/,z_\{1\},4$/);
    expect(lines[61]).toMatch(/^61,update,update-b,/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('the trace as JSON: every step, numbers in full precision', async ({ page }) => {
    await page.goto('./?lang=zh&step=5');
    const { name, bytes } = await exportFile(page, 'json');
    expect(name).toBe('backprop-trace.json');
    const json = JSON.parse(bytes.toString('utf8')) as {
      scene: string;
      language: string;
      cursor: number;
      steps: { step: number; phase: string; narration: string; result: number }[];
    };
    expect(json).toMatchObject({ scene: 'network', language: 'zh', cursor: 5 });
    expect(json.steps).toHaveLength(61);
    expect(json.steps[12]?.phase).toBe('cost');
    expect(json.steps[12]?.result).toBeCloseTo(0.4167981090281, 12);
    expect(json.steps[0]?.narration).toMatch(/前向传播/);
  });

  test('the NumPy script has the lecture’s weights', async ({ page }) => {
    await page.goto('./');
    const { name, bytes } = await exportFile(page, 'numpy');
    expect(name).toBe('backprop_network.py');
    const script = bytes.toString('utf8');
    expect(script).toContain('import numpy as np');
    expect(script).toContain('np.array([[1, -2], [-1, 1]], dtype=float)');
    expect(script).toContain('np.array([[2, -1], [-2, -1]], dtype=float)');
    expect(script).toContain('np.array([[3, -1], [-1, 4]], dtype=float)');
  });

  test('the graph scene exports its circuit, and offers no NumPy script', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?scene=graph&step=end');
    // The graph scene's code loads when it is first opened.
    await expect(page.getByTestId('graph-output')).toBeVisible();
    const { name, bytes } = await exportFile(page, 'svg');
    expect(name).toMatch(/^backprop-graph-step-\d+\.svg$/);
    const text = bytes.toString('utf8');
    const svg = await readSvg(page, text);
    expect(svg.error).toBeNull();
    expect(text).toContain('data-testid="graph-output"');
    expect(svg.caption[0]).toMatch(/^Step (\d+) of \1 · Backward pass$/);
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-csv')).toBeVisible();
    await expect(page.getByTestId('export-numpy')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('works with the keyboard: arrows move, Esc closes, stepping keys stay in the menu', async ({
    page,
  }) => {
    await page.goto('./?step=5');
    const button = page.getByTestId('export-button');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('export-svg')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export-png')).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByTestId('export-numpy')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export-svg')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('export-numpy')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('export-svg')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('export-svg')).toBeFocused();
    // End, Home and → moved the menu's focus (or nothing), not the step cursor.
    await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', '5');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // ↓ on the button opens the menu too; Enter on an item downloads it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export-csv')).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('backprop-trace.csv');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('a click outside closes the menu', async ({ page }) => {
    await page.goto('./');
    await page.getByTestId('export-button').click();
    await expect(page.getByRole('menu')).toBeVisible();
    // Somewhere the open menu does not cover, at any layout: the step count.
    await page.getByTestId('step-position').click();
    await expect(page.getByRole('menu')).toHaveCount(0);
  });
});

test('a failed export says why, and the message can be dismissed', async ({ page }) => {
  // A canvas that cannot encode: the PNG export must fail visibly, not silently.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
  });
  await page.goto('./?step=3');
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-png').click();
  const status = page.getByTestId('export-status');
  await expect(status).toHaveAttribute('role', 'alert');
  await expect(status).toHaveText(
    /^The browser could not draw the PNG\. The SVG export still works\./,
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(status).toHaveText('');
  await expect(status).toHaveAttribute('role', 'status');
});

test('a locked-down exercise link (hide=share) offers no export', async ({ page }) => {
  await page.goto('./?hide=share&step=4');
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', '4');
  await expect(page.getByTestId('export-button')).toHaveCount(0);
});
