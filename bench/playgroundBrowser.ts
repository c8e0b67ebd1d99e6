/**
 * `bench:playground --browser`: the playground worker in headless Chromium. Builds
 * bench/playground-page (which starts the app's worker module) with Vite and the app's
 * Content-Security-Policy, serves it, and reads what the page measured: the intervals
 * between animation frames while the worker trains the spiral at full speed and the page
 * draws every map each frame, the main thread's long tasks, and the steps per second.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from 'vite';
import playwrightConfig from '../playwright.config.ts';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { BENCH_DIR, RESULTS_DIR, median, percentile } from './common.ts';

const PAGE_DIR = path.join(BENCH_DIR, 'playground-page');
const OUT_DIR = path.join(RESULTS_DIR, 'playground-page');

export interface BrowserFigures {
  readonly batchSize: number;
  readonly frames: number;
  readonly intervalP50: number;
  readonly intervalP95: number;
  readonly intervalWorst: number;
  /** Frame intervals over 17.5 ms (a frame missed at 60 Hz). */
  readonly slowFrames: number;
  readonly intervals: number;
  readonly waitP50: number;
  /** Long tasks while training (after the warm-up frames). */
  readonly longTasks: number;
  readonly longestTask: number;
  /** The longest task of the page's start (modules, the worker, the first frames). */
  readonly longestStartTask: number;
  readonly stepsPerSecond: number;
  readonly trainLoss: number;
  readonly errors: readonly string[];
}

interface PageResult {
  frames: number;
  intervals: number[];
  waits: number[];
  longTasks: number[];
  startTasks: number[];
  stepsPerSecond: number;
  trainLoss: number;
  error?: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves the built page on a free port of 127.0.0.1. */
function serve(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const wanted = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
    if (wanted === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(OUT_DIR, wanted === '/' ? 'index.html' : wanted);
    if (!file.startsWith(OUT_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

/** Runs the page once per batch size; a sentence saying why not if it cannot. */
export async function measureBrowser(
  batchSizes: readonly number[],
  seconds: number,
): Promise<BrowserFigures[] | string> {
  const executablePath = findChromium();
  if (executablePath === undefined) return 'no Chromium found (set CHROMIUM_PATH)';
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022' },
    plugins: [
      {
        name: 'content-security-policy',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ],
      },
    ],
  });
  const server = await serve();
  const browser = await chromium.launch({
    executablePath,
    args: playwrightConfig.use?.launchOptions?.args ?? [],
  });
  const figures: BrowserFigures[] = [];
  try {
    for (const batchSize of batchSizes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => void errors.push(String(e)));
      await page.goto(`${server.url}/?batch=${batchSize}&seconds=${seconds}`);
      await page.waitForFunction(() => 'benchResult' in window, null, {
        timeout: (seconds + 30) * 1000,
      });
      const result = (await page.evaluate(
        () => (window as unknown as { benchResult: unknown }).benchResult,
      )) as PageResult;
      await page.close();
      if (result.error !== undefined) return `the page could not configure: ${result.error}`;
      figures.push({
        batchSize,
        frames: result.frames,
        intervalP50: median(result.intervals),
        intervalP95: percentile(result.intervals, 95),
        intervalWorst: Math.max(...result.intervals),
        slowFrames: result.intervals.filter((ms) => ms > 17.5).length,
        intervals: result.intervals.length,
        waitP50: median(result.waits),
        longTasks: result.longTasks.length,
        longestTask: Math.max(0, ...result.longTasks),
        longestStartTask: Math.max(0, ...result.startTasks),
        stepsPerSecond: result.stepsPerSecond,
        trainLoss: result.trainLoss,
        errors,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
