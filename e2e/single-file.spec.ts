import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectStep, watchErrors } from './support';

/**
 * `npm run build:single`: the whole app in one HTML file that works opened from disk, with
 * the network cut off. The file is built here, into a temporary folder, so the test never
 * reads a stale dist-single/.
 */
let dir = '';
let file = '';

test.describe('the single-file build', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backprop-single-'));
    execFileSync('node', ['scripts/build-single.mjs', '--out-dir', dir], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    file = join(dir, 'index.html');
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is one file: no script, stylesheet or font loaded from elsewhere', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).toContain('font/woff2');
    // Its own policy: the inline script and style by hash, never eval.
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  });

  test('opens from file:// offline and steps to the end of the lecture network', async ({
    browser,
  }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const outside: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole('heading', { name: 'Backprop Circuit' })).toBeVisible();
    await expectStep(page, 0);
    for (let i = 0; i < 61; i++) await page.keyboard.press('ArrowRight');
    await expectStep(page, 61);
    const loss = Number(await page.getByTestId('loss').getAttribute('data-value'));
    expect(loss).toBeCloseTo(0.4167981090281, 12);
    // KaTeX typeset the formula with its inlined fonts.
    await expect(page.locator('.katex').first()).toBeVisible();
    expect(
      await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (face) => face.family.replace(/"/g, '') === 'KaTeX_Main' && face.status === 'loaded',
        );
      }),
    ).toBe(true);

    // The PNG export works under the single file's policy too (image from a blob: URL).
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('backprop-step-61.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');

    // A state link works from disk as well.
    await page.goto(`${pathToFileURL(file).href}?lang=zh&step=end`);
    await expect(page.getByRole('heading', { name: '反向传播电路' })).toBeVisible();
    await expectStep(page, 61);

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
