/**
 * `bench:playground --browser`, second half: the app itself, as a user sees it. Builds the
 * app (production), opens the Data mode on the spiral with a 2-8-8-8-1 network, presses
 * Play (the worker trains at full speed; the page draws the neuron diagram, its edges, the
 * decision map, the loss curves and the gradient panel at every frame) and records, in the
 * page, the intervals between animation frames, the main thread's long tasks, how many
 * frames showed a new iteration, and the steps per second reached.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import playwrightConfig from '../playwright.config.ts';
import { findChromium } from '../scripts/find-chromium.mjs';
import { RESULTS_DIR, ROOT_DIR, median, percentile } from './common.ts';
import { serve } from './preview.ts';

const VITE = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
const DIST = path.join(RESULTS_DIR, 'dist-playground');

export interface AppFigures {
  readonly view: string;
  readonly frames: number;
  readonly drawn: number;
  readonly intervalP50: number;
  readonly intervalP95: number;
  readonly intervalWorst: number;
  readonly slowFrames: number;
  readonly longTasks: number;
  readonly longestTask: number;
  readonly stepsPerSecond: number;
  readonly thumb: number;
  readonly errors: readonly string[];
}

interface Recorded {
  intervals: number[];
  longTasks: number[];
  drawn: number;
  iterations: { first: number; last: number; ms: number };
}

/** In the page: records frames and long tasks for `ms`, then answers what it saw. */
function record(ms: number): Promise<Recorded> {
  return new Promise((resolve) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const map = document.querySelector('[data-testid="decision-map"]');
    const iteration = () => Number(map?.getAttribute('data-iteration') ?? NaN);
    const intervals: number[] = [];
    const start = performance.now();
    const first = iteration();
    let previous = start;
    let seen = first;
    let drawn = 0;
    const tick = (now: number) => {
      intervals.push(now - previous);
      previous = now;
      const t = iteration();
      if (t !== seen) drawn++;
      seen = t;
      if (now - start < ms) requestAnimationFrame(tick);
      else {
        observer.disconnect();
        resolve({
          intervals: intervals.slice(1),
          longTasks,
          drawn,
          iterations: { first, last: t, ms: now - start },
        });
      }
    };
    requestAnimationFrame(tick);
  });
}

const VIEWS = [
  { name: 'laptop 1366×768', width: 1366, height: 768, query: '' },
  { name: 'presenter 1920×1080', width: 1920, height: 1080, query: '&presenter=1' },
] as const;

/** Measures the app's Data mode while it trains; a sentence saying why not if it cannot. */
export async function measureApp(
  seconds: number,
  buildIt: boolean,
  dist = DIST,
): Promise<AppFigures[] | string> {
  const executablePath = findChromium();
  if (executablePath === undefined) return 'no Chromium found (set CHROMIUM_PATH)';
  if (buildIt && dist === DIST) {
    const built = spawnSync(
      process.execPath,
      [VITE, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT_DIR, stdio: 'inherit' },
    );
    if (built.status !== 0) return `vite build failed (exit ${built.status})`;
  }
  const server = await serve(VITE, dist);
  const browser = await chromium.launch({
    executablePath,
    args: playwrightConfig.use?.launchOptions?.args ?? [],
  });
  const figures: AppFigures[] = [];
  try {
    for (const view of VIEWS) {
      const page = await browser.newPage({
        viewport: { width: view.width, height: view.height },
        serviceWorkers: 'block',
      });
      // tsx compiles with keepNames, which wraps inner functions in `__name(fn, "name")`; the
      // function passed to the page carries those calls, so the page gets a no-op `__name`.
      await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => void errors.push(String(e)));
      await page.goto(
        `${server.url}/?scene=training&dataset=spiral&neurons=8,8,8&lang=en${view.query}`,
      );
      const map = page.getByTestId('decision-map');
      await map.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="decision-map"]')?.getAttribute('data-iteration') ===
          '0',
        null,
        { timeout: 60_000 },
      );
      // An earlier build (--app-dist) may have no diagram: its thumbnails are then unknown.
      const thumb = await page.evaluate(() =>
        Number(
          document.querySelector('[data-testid="neuron-diagram"]')?.getAttribute('data-thumb'),
        ),
      );
      await page.waitForTimeout(1000);
      await page.getByTestId('playground-play').click();
      // The first second fills the worker's pipeline; the figures are of the steady state.
      await page.waitForTimeout(1000);
      const seen = await page.evaluate(record, seconds * 1000);
      await page.getByTestId('playground-play').click();
      await page.close();
      const { first, last, ms } = seen.iterations;
      figures.push({
        view: view.name,
        frames: seen.intervals.length,
        drawn: seen.drawn,
        intervalP50: median(seen.intervals),
        intervalP95: percentile(seen.intervals, 95),
        intervalWorst: Math.max(0, ...seen.intervals),
        slowFrames: seen.intervals.filter((t) => t > 17.5).length,
        longTasks: seen.longTasks.length,
        longestTask: Math.max(0, ...seen.longTasks),
        stepsPerSecond: ((last - first) * 1000) / ms,
        thumb,
        errors,
      });
    }
  } finally {
    await browser.close();
    server.child.kill();
  }
  return figures;
}
