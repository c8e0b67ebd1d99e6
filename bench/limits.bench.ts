/**
 * The app at its limits (`npm run bench:limits`), in Chromium against the production
 * build: the editor's largest network (8 hidden layers of 16), the largest a file or link
 * may hold (12 layers of 64), and the longest expression a link may hold (1,000 x joined by
 * +, 1,999 characters, in the graph scene). For each it prints the time from navigation to
 * the first content (the app's header) and to the scene drawn, the longest main-thread
 * task while opening, the DOM elements, the JS heap (after garbage collection), and for →
 * (PRESSES times), End, ← (3 times) and Home the median and worst time until the step
 * counter shows the step and a frame is painted, with the longest task while pressing and
 * in the 1.5 s after (when the address catches up). For the networks, clicks too: Apply
 * update (at End), Zoom in, and the SVG and PNG exports, until done, with the longest task
 * in the 1.5 s after. Before them, the everyday openings (openings.ts: each scene in both
 * languages, a phone, presenter mode, an embed), each loaded --loads=N times (3 unless
 * told), with the longest task while opening; --openings measures only those.
 *
 * The app is built into bench/results/dist-limits so that the dist/ the end-to-end tests
 * serve is never overwritten; --no-build reuses it, --dist=DIR measures another build (for
 * example of an earlier commit), --only=TEXT measures the cases whose name has TEXT, and
 * --quick presses → fewer times. Timing never fails the run; the load average is printed
 * before and after, with a warning when the machine was busy.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { RESULTS_DIR, ROOT_DIR, fmt, loadWarning, machine, median, table } from './common.ts';
import { measureOpenings, watchLongTasks } from './openings.ts';
import { serve } from './preview.ts';

const args = new Set(process.argv.slice(2));
/** --dist=DIR measures a build made elsewhere (for example of an earlier commit). */
const GIVEN_DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const DIST = GIVEN_DIST ?? path.join(RESULTS_DIR, 'dist-limits');
const VITE = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
const PRESSES = args.has('--quick') ? 5 : 15;
/** --only=12 measures only the cases whose name contains it. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** --loads=N opens each everyday page N times. */
const LOADS = Number(
  process.argv.find((a) => a.startsWith('--loads='))?.slice('--loads='.length) ?? 3,
);

interface Case {
  readonly name: string;
  /** The address to open, after the server's origin. */
  readonly path: string;
  /** What is drawn once the scene is there. */
  readonly drawn: string;
  /** Also measure the clicks of a network: Apply update, and the SVG and PNG exports. */
  readonly clicks?: boolean;
}

function networkPath(layers: readonly number[]): string {
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

/** The longest expression a link may hold: 1,000 x joined by + (1,999 characters). */
function longSumPath(): string {
  const expression = Array.from({ length: 1000 }, () => 'x').join('+');
  const scenario = { version: 1, kind: 'graph', expression, inputs: { x: 1 } };
  return `/?scene=graph&scenario=${encodeURIComponent(JSON.stringify(scenario))}&step=0&lang=en`;
}

const network = (name: string, layers: readonly number[]): Case => ({
  name,
  path: networkPath(layers),
  drawn: `[data-testid="neuron-${layers.length - 1}-0"]`,
  clicks: true,
});

const CASES: readonly Case[] = [
  network('8×16 (editor limit)', [2, 16, 16, 16, 16, 16, 16, 16, 16, 2]),
  network(
    '12×64 (file limit)',
    Array.from({ length: 12 }, () => 64),
  ),
  { name: '1,999-char sum (graph)', path: longSumPath(), drawn: '[data-testid="graph-output"]' },
];

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

/** Latency of a key (until its step is shown and painted) and the longest task it ran. */
interface KeyFigures {
  medianMs: number;
  worstMs: number;
  longestTaskMs: number;
}

interface Figures {
  firstContentMs: number;
  drawnMs: number;
  openLongestTaskMs: number;
  domElements: number;
  heapMB: number;
  total: number;
  keys: Record<'→' | 'End' | '←' | 'Home', KeyFigures>;
  clicks?: Record<Click, ClickFigures>;
}

const CLICKS = ['Apply update', 'Zoom in', 'SVG export', 'PNG export'] as const;
type Click = (typeof CLICKS)[number];

/** A click's time until its work is done (the update shown, the file downloaded) and longest task. */
interface ClickFigures {
  doneMs: number;
  longestTaskMs: number;
}

async function measure(browser: Browser, url: string, c: Case): Promise<Figures> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  // tsx compiles with keepNames, which wraps inner functions in `__name(fn, "name")`; the
  // functions passed to the page carry those calls, so the page gets a no-op `__name`.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const start = Date.now();
  await page.goto(url + c.path, { waitUntil: 'commit' });
  // First content: the app's header, painted (the scene may still be on its way).
  await page.locator('header, [data-testid="step-position"]').first().waitFor({ timeout: 300_000 });
  const firstContentMs = Date.now() - start;
  await page.locator(c.drawn).waitFor({ timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const drawnMs = Date.now() - start;
  await page.waitForTimeout(1500);
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
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(500);
  await longest();
  /** Presses `key` `times` times, each until `target(i)` is shown, then lets the page settle. */
  const press = async (key: string, times: number, target: (i: number) => number) => {
    const latencies: number[] = [];
    for (let i = 1; i <= times; i++) {
      const shown = page.evaluate(stepShown, target(i));
      await page.keyboard.press(key);
      latencies.push(await shown);
    }
    // The link is written after a pause (and a long one in slices): count its tasks too.
    await page.waitForTimeout(1500);
    return {
      medianMs: median(latencies),
      worstMs: Math.max(...latencies),
      longestTaskMs: await longest(),
    };
  };
  const keys = {
    '→': await press('ArrowRight', PRESSES, (i) => i),
    End: await press('End', 1, () => total),
    '←': await press('ArrowLeft', 3, (i) => total - i),
    Home: await press('Home', 1, () => 0),
  };
  /** Clicks, waits for `done`, lets the page settle 1.5 s, and reports the longest task. */
  const click = async (run: () => Promise<unknown>): Promise<ClickFigures> => {
    const at = Date.now();
    await run();
    const doneMs = Date.now() - at;
    await page.waitForTimeout(1500);
    return { doneMs, longestTaskMs: await longest() };
  };
  const exported = (kind: 'svg' | 'png') => async () => {
    await page.getByTestId('export-button').click();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId(`export-${kind}`).click();
    await download;
  };
  let clicks: Record<Click, ClickFigures> | undefined;
  if (c.clicks === true) {
    await page.keyboard.press('End');
    await page.evaluate(stepShown, total);
    await page.waitForTimeout(1500);
    await longest();
    clicks = {
      // The update is an edit: a new network, its trace, and the cursor back at step 0.
      'Apply update': await click(async () => {
        const shown = page.evaluate(stepShown, 0);
        await page.getByRole('button', { name: /Apply update/ }).click();
        await shown;
      }),
      // A zoom draws every wire again at the new size (a coarse network's on its canvas).
      'Zoom in': await click(async () => {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.getByRole('button', { name: /%$/ }).waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }),
      'SVG export': await click(exported('svg')),
      'PNG export': await click(exported('png')),
    };
  }
  await context.close();
  return {
    firstContentMs,
    drawnMs,
    openLongestTaskMs,
    domElements,
    heapMB: heap / 2 ** 20,
    total,
    keys,
    ...(clicks !== undefined ? { clicks } : {}),
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
    const openings = await measureOpenings(browser, server.url, LOADS, ONLY);
    console.log(
      `Opening (${LOADS} loads each; first content: the app's shell; longest task: median and worst of the loads)\n`,
    );
    console.log(openings);
    console.log('');
    if (args.has('--openings')) return;
    const rows: string[][] = [];
    const clickRows: string[][] = [];
    for (const c of CASES.filter((x) => ONLY === undefined || x.name.includes(ONLY))) {
      process.stderr.write(`measuring ${c.name} …\n`);
      const f = await measure(browser, server.url, c);
      const keyCells = (['→', 'End', '←', 'Home'] as const).flatMap((key) => {
        const k = f.keys[key];
        return [fmt(k.medianMs, 0), fmt(k.worstMs, 0), fmt(k.longestTaskMs, 0)];
      });
      rows.push([
        c.name,
        fmt(f.total, 0),
        fmt(f.firstContentMs, 0),
        fmt(f.drawnMs, 0),
        fmt(f.openLongestTaskMs, 0),
        fmt(f.domElements, 0),
        fmt(f.heapMB, 1),
        ...keyCells,
      ]);
      const { clicks } = f;
      if (clicks !== undefined)
        clickRows.push([
          c.name,
          ...CLICKS.flatMap((name) => [
            fmt(clicks[name].doneMs, 0),
            fmt(clicks[name].longestTaskMs, 0),
          ]),
        ]);
    }
    console.log(
      `At the limits (${host.cpus} CPUs, load before ${host.loadAverage.join(' ')}, after ${machine().loadAverage.join(' ')}), ${PRESSES} → presses, 3 ←; per key: median ms, worst ms, longest task ms\n`,
    );
    const perKey = (['→', 'End', '←', 'Home'] as const).flatMap((key) => [
      `${key} med`,
      `${key} worst`,
      `${key} task`,
    ]);
    console.log(
      table(
        ['scenario', 'steps', 'first ms', 'drawn ms', 'open task ms', 'DOM', 'heap MB', ...perKey],
        rows,
      ),
    );
    console.log('\nClicks (at End): ms until done (shown or downloaded), longest task ms\n');
    console.log(
      table(['scenario', ...CLICKS.flatMap((name) => [`${name} ms`, `${name} task`])], clickRows),
    );
    if (warning) console.log(`\n${warning}`);
  } finally {
    await browser.close();
    server.child.kill();
  }
}

await main();
