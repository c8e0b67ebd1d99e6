// Takes screenshots of the built app for looking at: `node scripts/screenshots.mjs [outDir]`.
// Serves dist/ with `vite preview` on a free port, drives Chromium with Playwright.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { mkdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});

const shots = JSON.parse(process.env.SHOTS ?? '[]');
const defaults = [
  { name: 'start-en', query: '?lang=en', width: 1440, height: 900 },
  { name: 'forward-en', query: '?lang=en&step=7', width: 1440, height: 900 },
  { name: 'backward-zh', query: '?lang=zh&step=20', width: 1440, height: 900 },
  { name: 'end-en', query: '?lang=en&step=end', width: 1440, height: 900 },
  { name: 'phone-zh', query: '?lang=zh&step=9', width: 390, height: 844 },
];
for (const shot of shots.length ? shots : defaults) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: shot.height },
    hasTouch: shot.touch ?? false,
    isMobile: shot.touch ?? false,
  });
  page.on('pageerror', (e) => console.error(`[${shot.name}] pageerror`, e.message));
  page.on(
    'console',
    (m) => m.type() === 'error' && console.error(`[${shot.name}] console`, m.text()),
  );
  await page.goto(base + (shot.query ?? ''));
  await page.waitForSelector(
    '[data-testid="step-position"], [data-testid="training-scene"], [data-testid="playground"]',
  );
  for (const key of shot.keys ?? []) await page.keyboard.press(key);
  for (const id of shot.clicks ?? []) await page.click(`[data-testid="${id}"]`);
  if (shot.hover) await page.hover(`[data-testid="${shot.hover}"]`);
  await page.waitForTimeout(shot.wait ?? 400);
  await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: shot.fullPage ?? false });
  await page.close();
}
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));
console.log(`screenshots written to ${out}/`);
