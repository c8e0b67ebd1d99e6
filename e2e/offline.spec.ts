import { expect, test } from '@playwright/test';
import { expectStep, watchErrors } from './support';

/**
 * The installable app: one visit installs the service worker, which precaches the app shell,
 * the lazily loaded scenes and the fonts; with the network cut, the app still starts.
 */
test.describe('the installable app', () => {
  test('has a web app manifest with icons', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifest = await (await request.get(href ?? '')).json();
    expect(manifest).toMatchObject({
      name: 'Backprop Circuit',
      display: 'standalone',
      start_url: './',
    });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const reply = await request.get(icon.src);
      expect(reply.ok()).toBe(true);
      expect(reply.headers()['content-type']).toContain(icon.type.split('+')[0]);
    }
  });

  test('starts offline after one visit, lazily loaded scenes included', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Backprop Circuit' })).toBeVisible();
    // Installed and active: everything it precaches is in the cache.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toMatch(/\/$/);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Backprop Circuit' })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expectStep(page, 0);
    await expect(page.getByTestId('neuron-0-0')).toHaveAttribute('data-a', '1');
    await page.keyboard.press('End');
    await expectStep(page, 61);
    const loss = Number(await page.getByTestId('loss').getAttribute('data-value'));
    expect(loss).toBeCloseTo(0.4167981090281, 12);
    // KaTeX (a lazy chunk) typesets the formula, with its precached fonts.
    await expect(page.locator('.katex').first()).toBeVisible();
    expect(
      await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (face) => face.family.replace(/"/g, '') === 'KaTeX_Main' && face.status === 'loaded',
        );
      }),
    ).toBe(true);

    // A scene whose code was never loaded online comes from the precache too.
    await page.goto('./?scene=graph');
    await expect(page.getByTestId('graph-output')).toBeVisible();
    await expect(page.getByTestId('var-x')).toHaveAttribute('data-value', '-2');
    expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
