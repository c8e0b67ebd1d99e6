/**
 * The network diagram at its limits (`npm run bench:limits`), in Chromium against the
 * production build: the editor's largest network (8 hidden layers of 16) and the largest
 * a file or link may hold (12 layers of 64). For each it prints the time from navigation
 * to the diagram drawn, the longest main-thread task while opening, the DOM elements, the
 * JS heap (after garbage collection), and per → press the time until the step counter
 * shows the next step and a frame is painted, with the longest task while stepping; and
 * the same for End.
 *
 * The app is built into bench/results/dist-limits so that the dist/ the end-to-end tests
 * serve is never overwritten; --no-build reuses it, --dist=DIR measures another build, and
 * --quick presses → fewer times. Timing never fails the run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { RESULTS_DIR, ROOT_DIR, fmt, loadWarning, machine, median, table } from './common.ts';
import { serve } from './preview.ts';

const args = new Set(process.argv.slice(2));
/** --dist=DIR measures a build made elsewhere (for example of an earlier commit). */
const GIVEN_DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const DIST = GIVEN_DIST ?? path.join(RESULTS_DIR, 'dist-limits');
const VITE = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
const PRESSES = args.has('--quick') ? 5 : 15;

interface Case {
  readonly name: string;
  readonly layers: readonly number[];
}

const CASES: readonly Case[] = [
  { name: '8×16 (editor limit)', layers: [2, 16, 16, 16, 16, 16, 16, 16, 16, 2] },
  { name: '12×64 (file limit)', layers: Array.from({ length: 12 }, () => 64) },
];

function link(layers: readonly number[]): string {
  const inputs = layers[0] ?? 1;
  const outputs = layers[layers.length - 1] ?? 1;
  const scenario = {
    version: 1,
    kind: 'network',
    layers,
    activation: 'sigmoid',
    loss: 'half-sse',
    samples: [
      {
        x: Array.from({ length: inputs }, (_, i) => (i % 2 === 0 ? 1 : -1)),
        y: Array.from({ length: outputs }, (_, i) => (i === 0 ? 1 : 0)),
      },
    ],
    learningRate: 0.5,
    seed: 1,
  };
  return `/?scenario=${encodeURIComponent(JSON.stringify(scenario))}&step=0&lang=en`;
}

/** Init script: records every long task (over 50 ms) the page runs. */
function watchLongTasks(): void {
  const tasks: number[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: presses are simulated by the caller; this waits for `step` and a frame. */
function stepShown(step: number): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const shown = document.querySelector('[data-testid="step-position"]');
      if (shown?.getAttribute('data-step') === String(step))
        requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  });
}

interface Figures {
  openMs: number;
  openLongestTaskMs: number;
  domElements: number;
  heapMB: number;
  total: number;
  stepMedianMs: number;
  stepWorstMs: number;
  stepLongestTaskMs: number;
  endMs: number;
}

async function measure(browser: Browser, url: string, c: Case): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // tsx compiles with keepNames, which wraps inner functions in `__name(fn, "name")`; the
  // functions passed to the page carry those calls, so the page gets a no-op `__name`.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const last = c.layers.length - 1;
  const start = Date.now();
  await page.goto(url + link(c.layers));
  await page.locator(`[data-testid="neuron-${last}-0"]`).waitFor({ timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const openMs = Date.now() - start;
  await page.waitForTimeout(1000);
  const longest = () =>
    page.evaluate(() => {
      const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
      const max = Math.max(0, ...tasks);
      tasks.length = 0;
      return max;
    });
  const openLongestTaskMs = await longest();
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const total = Number(
    await page.getByTestId('step-position').getAttribute('data-total', { timeout: 60_000 }),
  );
  const times: number[] = [];
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 1; i <= PRESSES; i++) {
    const shown = page.evaluate(stepShown, i);
    await page.keyboard.press('ArrowRight');
    times.push(await shown);
  }
  const stepLongestTaskMs = await longest();
  const end = page.evaluate(stepShown, total);
  await page.keyboard.press('End');
  const endMs = await end;
  await context.close();
  return {
    openMs,
    openLongestTaskMs,
    domElements,
    heapMB: heap / 2 ** 20,
    total,
    stepMedianMs: median(times),
    stepWorstMs: Math.max(...times),
    stepLongestTaskMs,
    endMs,
  };
}

async function main(): Promise<void> {
  const host = machine();
  const warning = loadWarning(host);
  if (warning) process.stderr.write(`${warning}\n`);
  if (!args.has('--no-build') && GIVEN_DIST === undefined) {
    const built = spawnSync(
      process.execPath,
      [VITE, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT_DIR, stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error(`vite build failed (exit ${built.status})`);
  }
  const server = await serve(VITE, DIST);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  try {
    const rows: string[][] = [];
    for (const c of CASES) {
      process.stderr.write(`measuring ${c.name} …\n`);
      const f = await measure(browser, server.url, c);
      rows.push([
        c.name,
        fmt(f.total, 0),
        fmt(f.openMs, 0),
        fmt(f.openLongestTaskMs, 0),
        fmt(f.domElements, 0),
        fmt(f.heapMB, 1),
        fmt(f.stepMedianMs, 1),
        fmt(f.stepWorstMs, 1),
        fmt(f.stepLongestTaskMs, 0),
        fmt(f.endMs, 0),
      ]);
    }
    console.log(
      `Network diagram at its limits (${host.cpus} CPUs, load ${host.loadAverage.join(' ')}), ${PRESSES} → presses each\n`,
    );
    console.log(
      table(
        [
          'network',
          'steps',
          'open ms',
          'open longest task ms',
          'DOM elements',
          'heap MB',
          '→ median ms',
          '→ worst ms',
          '→ longest task ms',
          'End ms',
        ],
        rows,
      ),
    );
  } finally {
    await browser.close();
    server.child.kill();
  }
}

await main();
