/**
 * Browser benchmarks (`npm run bench:browser`) against the production build in Chromium:
 *
 * 1. load: navigation to the default diagram drawn (and the 8×16 network), FCP and LCP;
 * 2. frames while playing at 4× (the default scene, then 8 hidden layers of 16, also with
 *    reduced motion), with long tasks, long animation frames and the main thread's
 *    script / style / layout time;
 * 3. latency from a → key press to the DOM showing the next step, to the next frame, and
 *    (Event Timing) to the frame presented;
 * 4. JS heap after 10, 1,000 and 2,000 steps (garbage collected first), and DOM nodes;
 * 5. a CPU profile and a timeline trace while playing the 8×16 network (an unminified
 *    build, so that function names are readable), summarised by self time per function,
 *    per source file, per thread and per main-thread trace event.
 *
 * The app is built into bench/results/dist (and dist-profile) so that a benchmark never
 * overwrites the dist/ that the end-to-end tests serve. Flags: --no-build reuses them,
 * --quick shortens every measurement, --no-profile skips 5. Timing never fails the run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import {
  RESULTS_DIR,
  ROOT_DIR,
  fmt,
  loadWarning,
  machine,
  median,
  percentile,
  sourceVersion,
  table,
  writeResults,
} from './common.ts';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const BUILD = !args.has('--no-build');
const PROFILE = !args.has('--no-profile');

const DIST = path.join(RESULTS_DIR, 'dist');
const DIST_PROFILE = path.join(RESULTS_DIR, 'dist-profile');
const VITE = path.join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');

const LOAD_RUNS = QUICK ? 3 : 9;
const PLAY_MS = QUICK ? 3000 : 10_000;
const IDLE_MS = QUICK ? 1000 : 3000;
const PRESSES = QUICK ? 15 : 50;
/** Playing runs are repeated (fresh page each time); the run with the median fps is shown. */
const PLAY_REPEATS = QUICK ? 1 : 3;
const HEAP_STEPS = QUICK ? 200 : 1000;
const VIEWPORT = { width: 1280, height: 800 };
/** One frame at 60 Hz; a gap longer than this missed a frame. */
const FRAME_MS = 1000 / 60;

/** Same flags as playwright.config.ts: the ones known to work on this kind of machine. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** 8 hidden layers of 16 sigmoid neurons, parameters drawn from a seed: 4,493 steps. */
const BIG_SCENARIO = {
  version: 1,
  kind: 'network',
  layers: [2, 16, 16, 16, 16, 16, 16, 16, 16, 2],
  activation: 'sigmoid',
  loss: 'half-sse',
  samples: [{ x: [1, -1], y: [1, 0] }],
  learningRate: 0.5,
  seed: 1,
};
const DEFAULT_PATH = '/?lang=en';
const BIG_PATH = `/?scenario=${encodeURIComponent(JSON.stringify(BIG_SCENARIO))}&step=0&lang=en`;

const log = (message: string) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------
// Build and serve

function build(outDir: string, extra: string[] = []): void {
  const result = spawnSync(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extra],
    { cwd: ROOT_DIR, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Preview {
  readonly url: string;
  readonly child: ChildProcess;
}

/** `vite preview` of `outDir` on a free port; resolves once it answers. */
async function preview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start within 30 s');
}

// ---------------------------------------------------------------------------------------
// In-page helpers (these functions run in the browser)

interface LoadMarks {
  element: number | null;
  frame: number | null;
  lcp: number | null;
}

/** Init script: notes when the selector's element first exists, and the frame after. */
function watchForDiagram(selector: string): void {
  const marks: LoadMarks = { element: null, frame: null, lcp: null };
  (window as unknown as { __load: LoadMarks }).__load = marks;
  const observer = new MutationObserver(() => {
    if (marks.element !== null || !document.querySelector(selector)) return;
    marks.element = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.frame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      if (last) marks.lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no LCP in this browser
  }
}

interface LongFrame {
  start: number;
  duration: number;
  /** Time in scripts (the sum of the frame's script entries). */
  scriptMs: number;
  /** The rendering update: rAF callbacks, then style, layout, paint and layerize. */
  renderMs: number;
  /** Style, layout, paint and layerize only. */
  styleLayoutMs: number;
  blockingMs: number;
  /** Script attribution: invoker (e.g. TimerHandler:setInterval) → ms. */
  scripts: Record<string, number>;
}

interface FrameCapture {
  /** requestAnimationFrame timestamps. */
  readonly frames: number[];
  readonly longTasks: { start: number; duration: number }[];
  /** Long Animation Frames (frames whose work took over 50 ms), where supported. */
  readonly longFrames: LongFrame[];
  readonly stepsBefore: number;
  readonly stepsAfter: number;
}

/** Collects rAF timestamps, long tasks and long animation frames for `ms` milliseconds. */
function captureFrames(ms: number): Promise<FrameCapture> {
  const stepOf = () =>
    Number(document.querySelector('[data-testid="step-position"]')?.getAttribute('data-step'));
  const stepsBefore = stepOf();
  const frames: number[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  const longFrames: LongFrame[] = [];
  const observers: PerformanceObserver[] = [];
  const observe = (type: string, take: (e: PerformanceEntry) => void) => {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(take));
      observer.observe({ type });
      observers.push(observer);
    } catch {
      // not supported here
    }
  };
  observe('longtask', (e) => longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (entry) => {
    const e = entry as PerformanceEntry & {
      renderStart: number;
      styleAndLayoutStart: number;
      blockingDuration: number;
      scripts: { invoker: string; duration: number }[];
    };
    const end = e.startTime + e.duration;
    const render = e.renderStart > 0 ? e.renderStart : end;
    const layout = e.styleAndLayoutStart > 0 ? e.styleAndLayoutStart : end;
    const scripts: Record<string, number> = {};
    let scriptMs = 0;
    for (const script of e.scripts) {
      scripts[script.invoker] = (scripts[script.invoker] ?? 0) + script.duration;
      scriptMs += script.duration;
    }
    longFrames.push({
      start: e.startTime,
      duration: e.duration,
      scriptMs,
      renderMs: end - render,
      styleLayoutMs: end - layout,
      blockingMs: e.blockingDuration,
      scripts,
    });
  });
  return new Promise((resolve) => {
    const start = performance.now();
    const tick = (t: number) => {
      frames.push(t);
      if (t - start < ms) requestAnimationFrame(tick);
      else {
        observers.forEach((o) => o.disconnect());
        resolve({ frames, longTasks, longFrames, stepsBefore, stepsAfter: stepOf() });
      }
    };
    requestAnimationFrame(tick);
  });
}

interface LatencyRecord {
  /** keydown event timestamp. */
  key: number;
  /** The mutation of data-step seen. */
  commit: number;
  /** The next requestAnimationFrame callback after it (the frame that shows it). */
  frame: number;
  /** After that frame's work (a task queued from the rAF callback). */
  painted: number;
  step: number;
}

interface LatencyState {
  records: LatencyRecord[];
  pending: number | null;
  slowEvents: number[];
}

/** Installs the → latency probes: keydown (capture) → data-step mutation → next frame. */
function installLatencyProbe(): void {
  const state: LatencyState = { records: [], pending: null, slowEvents: [] };
  (window as unknown as { __latency: LatencyState }).__latency = state;
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'ArrowRight') state.pending = e.timeStamp;
    },
    { capture: true },
  );
  const target = document.querySelector('[data-testid="step-position"]');
  if (!target) throw new Error('no step-position');
  const channel = new MessageChannel();
  new MutationObserver(() => {
    const key = state.pending;
    if (key === null) return;
    state.pending = null;
    const commit = performance.now();
    const step = Number(target.getAttribute('data-step'));
    requestAnimationFrame(() => {
      const frame = performance.now();
      channel.port1.onmessage = () =>
        state.records.push({ key, commit, frame, painted: performance.now(), step });
      channel.port2.postMessage(0);
    });
  }).observe(target, { attributes: true, attributeFilter: ['data-step'] });
  try {
    // Event Timing: keydown → next paint, reported only for events of 16 ms or more.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown') state.slowEvents.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // no Event Timing
  }
}

/**
 * Steps `count` times quickly through the app's own keydown handler: one task per step
 * (so React commits each), a frame every 20 steps. A trace shorter than the count is
 * cycled: Home at its end.
 */
function stepInPage(args: { count: number; total: number }): Promise<number> {
  const position = document.querySelector('[data-testid="step-position"]');
  const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k }));
  const channel = new MessageChannel();
  const task = () =>
    new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  return (async () => {
    for (let i = 0; i < args.count; i++) {
      if (Number(position?.getAttribute('data-step')) >= args.total) key('Home');
      else key('ArrowRight');
      await task();
      if (i % 20 === 19) await frame();
    }
    await frame();
    return Number(position?.getAttribute('data-step'));
  })();
}

// ---------------------------------------------------------------------------------------
// Measurements (Node side)

interface FrameStats {
  readonly durationMs: number;
  readonly frames: number;
  readonly fps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly worst: number;
  /** Gaps between frames longer than one 60 Hz frame (16.7 ms, with 1 ms of slack). */
  readonly slowFrames: number;
  /** Frames missed, counting a gap of n frame periods as n − 1 missed. */
  readonly droppedFrames: number;
  readonly longTasks: number;
  readonly longTaskTotalMs: number;
  readonly longestTaskMs: number;
  /** Long Animation Frames (over 50 ms): count, and time in scripts and in rendering. */
  readonly longFrames: {
    count: number;
    totalMs: number;
    scriptMs: number;
    renderMs: number;
    styleLayoutMs: number;
    blockingMs: number;
    /** Script time in long frames by invoker, largest first. */
    topScripts: { invoker: string; ms: number }[];
  };
  readonly stepsPlayed: number;
  /** fps of every repeat of this run (the figures are from the median one). */
  readonly fpsOfRepeats?: number[];
  /** Main-thread time per second of wall clock, from CDP Performance.getMetrics. */
  readonly mainThread: Record<string, number>;
}

function frameStats(capture: FrameCapture, metrics: Record<string, number>): FrameStats {
  const gaps = capture.frames.slice(1).map((t, i) => t - (capture.frames[i] as number));
  const duration = (capture.frames.at(-1) ?? 0) - (capture.frames[0] ?? 0);
  return {
    durationMs: duration,
    frames: gaps.length,
    fps: (gaps.length / duration) * 1000,
    p50: percentile(gaps, 50),
    p95: percentile(gaps, 95),
    p99: percentile(gaps, 99),
    worst: Math.max(...gaps),
    slowFrames: gaps.filter((g) => g > FRAME_MS + 1).length,
    droppedFrames: gaps.reduce((n, g) => n + Math.max(0, Math.round(g / FRAME_MS) - 1), 0),
    longTasks: capture.longTasks.length,
    longTaskTotalMs: capture.longTasks.reduce((s, t) => s + t.duration, 0),
    longestTaskMs: Math.max(0, ...capture.longTasks.map((t) => t.duration)),
    longFrames: summariseLongFrames(capture.longFrames),
    stepsPlayed: capture.stepsAfter - capture.stepsBefore,
    mainThread: metrics,
  };
}

function summariseLongFrames(frames: LongFrame[]): FrameStats['longFrames'] {
  const sum = (f: (l: LongFrame) => number) => frames.reduce((s, l) => s + f(l), 0);
  const scripts = new Map<string, number>();
  for (const frame of frames)
    for (const [invoker, ms] of Object.entries(frame.scripts))
      scripts.set(invoker, (scripts.get(invoker) ?? 0) + ms);
  return {
    count: frames.length,
    totalMs: sum((l) => l.duration),
    scriptMs: sum((l) => l.scriptMs),
    renderMs: sum((l) => l.renderMs),
    styleLayoutMs: sum((l) => l.styleLayoutMs),
    blockingMs: sum((l) => l.blockingMs),
    topScripts: [...scripts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([invoker, ms]) => ({ invoker, ms })),
  };
}

type Metrics = Record<string, number>;

/** Reads CDP Performance.getMetrics; the counters run from `Performance.enable` on. */
async function cdpMetrics(session: CDPSession): Promise<Metrics> {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Script, style, layout and total task time, as milliseconds per second of wall clock. */
function busyPerSecond(before: Metrics, after: Metrics, wallMs: number): Metrics {
  const per = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000 * 1000) / wallMs;
  const script = per('ScriptDuration');
  const style = per('RecalcStyleDuration');
  const layout = per('LayoutDuration');
  const task = per('TaskDuration');
  return {
    scriptMsPerS: script,
    styleMsPerS: style,
    layoutMsPerS: layout,
    otherMsPerS: task - script - style - layout,
    taskMsPerS: task,
  };
}

/**
 * A fresh context (no cache, no stored state). tsx compiles this file with esbuild's
 * keepNames, which wraps inner functions in `__name(fn, "name")`; the functions passed to
 * page.evaluate carry those calls into the page, so the page gets a no-op `__name`.
 */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

async function openPage(
  browser: Browser,
  url: string,
  selector: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 60_000 });
  if (errors.length > 0) log(`  page errors: ${errors.join('; ')}`);
  return { context, page };
}

interface LoadResult {
  readonly runs: number;
  readonly elementMs: number;
  readonly frameMs: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly domContentLoadedMs: number;
  readonly loadEventMs: number;
  readonly firstRun: Record<string, number>;
}

async function measureLoad(
  browser: Browser,
  base: string,
  pathAndQuery: string,
  selector: string,
): Promise<LoadResult> {
  const samples: Record<string, number>[] = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.addInitScript(watchForDiagram, selector);
    await page.goto(`${base}${pathAndQuery}`);
    await page.waitForSelector(selector, { timeout: 60_000 });
    await page.waitForFunction(() => {
      const marks = (window as unknown as { __load: LoadMarks }).__load;
      return marks.frame !== null;
    });
    await page.waitForTimeout(300); // let LCP settle
    samples.push(
      await page.evaluate(() => {
        const marks = (window as unknown as { __load: LoadMarks }).__load;
        const nav = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          elementMs: marks.element ?? NaN,
          frameMs: marks.frame ?? NaN,
          fcpMs: fcp?.startTime ?? NaN,
          lcpMs: marks.lcp ?? NaN,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? NaN,
          loadEventMs: nav?.loadEventEnd ?? NaN,
        };
      }),
    );
    await context.close();
  }
  const med = (key: string) => median(samples.map((s) => s[key] ?? NaN));
  return {
    runs: samples.length,
    elementMs: med('elementMs'),
    frameMs: med('frameMs'),
    fcpMs: med('fcpMs'),
    lcpMs: med('lcpMs'),
    domContentLoadedMs: med('domContentLoadedMs'),
    loadEventMs: med('loadEventMs'),
    firstRun: samples[0] ?? {},
  };
}

async function startPlaying(page: Page): Promise<void> {
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
}

/** Frames (and main-thread work) over `ms`, playing at 4× or idle. */
async function measureFrames(
  browser: Browser,
  url: string,
  selector: string,
  play: boolean,
  ms: number,
  reducedMotion = false,
): Promise<FrameStats> {
  const { context, page } = await openPage(browser, url, selector);
  // Reduced motion turns off the travelling-value animation (FlowLayer): its cost is the
  // difference between the two playing runs.
  if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForTimeout(500);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  if (play) await startPlaying(page);
  const before = await cdpMetrics(session);
  const t0 = Date.now();
  const capture = await page.evaluate(captureFrames, ms);
  const after = await cdpMetrics(session);
  const stats = frameStats(capture, busyPerSecond(before, after, Date.now() - t0));
  await context.close();
  return stats;
}

/** Repeats a frames run `PLAY_REPEATS` times and keeps the one with the median fps. */
async function measureFramesRepeated(
  ...args: Parameters<typeof measureFrames>
): Promise<FrameStats> {
  const runs: FrameStats[] = [];
  for (let i = 0; i < PLAY_REPEATS; i++) runs.push(await measureFrames(...args));
  const sorted = [...runs].sort((a, b) => a.fps - b.fps);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)] as FrameStats;
  return { ...chosen, fpsOfRepeats: runs.map((r) => r.fps) };
}

interface LatencyResult {
  readonly presses: number;
  readonly commit: { p50: number; p95: number; worst: number };
  readonly nextFrame: { p50: number; p95: number; worst: number };
  readonly afterFrame: { p50: number; p95: number; worst: number };
  /**
   * Event Timing: keydown → the next frame presented, for the presses that took 16 ms or
   * more (shorter ones are not reported by the browser).
   */
  readonly eventTiming: { count: number; p50: number; worst: number };
}

const summary = (values: number[]) => ({
  p50: median(values),
  p95: percentile(values, 95),
  worst: Math.max(...values),
});

async function measureKeyLatency(
  browser: Browser,
  url: string,
  selector: string,
): Promise<LatencyResult> {
  const { context, page } = await openPage(browser, url, selector);
  await page.waitForTimeout(500);
  await page.evaluate(installLatencyProbe);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (n) => (window as unknown as { __latency: LatencyState }).__latency.records.length > n,
      i,
    );
    await page.waitForTimeout(50); // let the frame settle before the next press
  }
  const state = await page.evaluate(
    () => (window as unknown as { __latency: LatencyState }).__latency,
  );
  await context.close();
  const records = state.records;
  return {
    presses: records.length,
    commit: summary(records.map((r) => r.commit - r.key)),
    nextFrame: summary(records.map((r) => r.frame - r.key)),
    afterFrame: summary(records.map((r) => r.painted - r.key)),
    eventTiming: {
      count: state.slowEvents.length,
      p50: median(state.slowEvents),
      worst: Math.max(0, ...state.slowEvents),
    },
  };
}

interface HeapPoint {
  readonly step: number;
  readonly stepsTaken: number;
  readonly usedJSHeapBytes: number;
  readonly domNodes: number;
  readonly jsEventListeners: number;
}

interface HeapResult {
  readonly scene: string;
  readonly points: HeapPoint[];
  /** Heap after HEAP_STEPS steps minus heap after 10 steps. */
  readonly growthBytes: number;
  /** Heap after 2 × HEAP_STEPS steps minus heap after HEAP_STEPS: does it keep growing? */
  readonly furtherGrowthBytes: number;
}

async function measureHeap(
  browser: Browser,
  url: string,
  selector: string,
  scene: string,
): Promise<HeapResult> {
  const { context, page } = await openPage(browser, url, selector);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const total = Number(await page.getByTestId('step-position').getAttribute('data-total'));
  const points: HeapPoint[] = [];
  let taken = 0;
  const sample = async () => {
    await page.waitForTimeout(1000); // let transitions end
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const heap = await session.send('Runtime.getHeapUsage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    points.push({
      step: Number(await page.getByTestId('step-position').getAttribute('data-step')),
      stepsTaken: taken,
      usedJSHeapBytes: heap.usedSize,
      domNodes: metric('Nodes'),
      jsEventListeners: metric('JSEventListeners'),
    });
  };
  const go = async (count: number) => {
    await page.evaluate(stepInPage, { count, total });
    taken += count;
  };
  await sample();
  await go(10);
  await sample();
  await go(HEAP_STEPS - 10);
  await sample();
  await go(HEAP_STEPS);
  await sample();
  await session.detach();
  await context.close();
  const at = (n: number) => points.find((p) => p.stepsTaken === n)?.usedJSHeapBytes ?? NaN;
  return {
    scene,
    points,
    growthBytes: at(HEAP_STEPS) - at(10),
    furtherGrowthBytes: at(2 * HEAP_STEPS) - at(HEAP_STEPS),
  };
}

// ---------------------------------------------------------------------------------------
// CPU profile while playing the 8×16 network

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Hotspot {
  readonly function: string;
  readonly source: string;
  readonly selfMs: number;
  readonly selfPercent: number;
}

/** For each bundle of the unminified build: line → source module, from rolldown's `// path` headers. */
function moduleMap(): (url: string, line: number) => string {
  const cache = new Map<string, { line: number; module: string }[]>();
  return (url, line) => {
    if (!url) return '';
    const file = path.join(DIST_PROFILE, new URL(url).pathname);
    let marks = cache.get(file);
    if (!marks) {
      marks = [];
      if (existsSync(file)) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
            if (m) marks?.push({ line: i, module: m[1] as string });
          });
      }
      cache.set(file, marks);
    }
    let module = path.basename(new URL(url).pathname);
    for (const mark of marks) if (mark.line <= line) module = mark.module;
    return module;
  };
}

interface ProfileSummary {
  readonly durationMs: number;
  readonly stepsPlayed: number;
  readonly byFunction: Hotspot[];
  readonly byModule: { source: string; selfMs: number; selfPercent: number }[];
  /** Inclusive time of the app's own functions (src/), by function. */
  readonly appInclusive: { function: string; source: string; totalMs: number; percent: number }[];
  readonly file: string;
}

/** Trace categories for the timeline: main-thread phases, raster and compositing. */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink',
  'cc',
  'viz',
  'gpu',
  'benchmark',
];

/**
 * Plays the 8×16 network at 4× on the unminified build: first a CPU profile (JS self
 * time by function), then a timeline trace (where the rest of the time goes: style,
 * layout, paint, raster). Both files are kept under bench/results for DevTools.
 */
async function profilePlaying(
  browser: Browser,
): Promise<{ cpu: ProfileSummary; timeline: TimelineSummary }> {
  const server = await preview(DIST_PROFILE);
  try {
    const { context, page } = await openPage(
      browser,
      `${server.url}${BIG_PATH}`,
      '[data-testid="neuron-9-1"]',
    );
    await page.waitForTimeout(500);
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await startPlaying(page);
    await session.send('Profiler.start');
    const stepOf = async () =>
      Number(await page.getByTestId('step-position').getAttribute('data-step'));
    const stepBefore = await stepOf();
    await page.waitForTimeout(PLAY_MS);
    const { profile } = await session.send('Profiler.stop');
    const stepAfter = await stepOf();
    const file = path.join(RESULTS_DIR, 'browser-8x16.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    const cpu = summariseProfile(profile, stepAfter - stepBefore, file);

    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const traceStepBefore = await stepOf();
    await page.waitForTimeout(Math.min(PLAY_MS, 5000));
    const buffer = await browser.stopTracing();
    const traceSteps = (await stepOf()) - traceStepBefore;
    await context.close();
    const traceFile = path.join(RESULTS_DIR, 'browser-8x16.trace.json');
    writeFileSync(traceFile, buffer);
    const timeline = summariseTrace(JSON.parse(buffer.toString('utf8')), traceSteps, traceFile);
    return { cpu, timeline };
  } finally {
    server.child.kill();
  }
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface TimelineSummary {
  readonly windowMs: number;
  readonly stepsPlayed: number;
  /** Busy time per thread (threads of one name summed), largest first. */
  readonly threads: { thread: string; busyMs: number; percentOfWindow: number }[];
  /** Main-thread self time per trace event name, largest first. */
  readonly mainThread: { event: string; selfMs: number; percentOfWindow: number }[];
  readonly frames: number;
  readonly file: string;
}

/** Busy time per thread and main-thread self time per event, from a Chromium trace. */
function summariseTrace(
  trace: TraceEvent[] | { traceEvents: TraceEvent[] },
  stepsPlayed: number,
  file: string,
): TimelineSummary {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threadName = new Map<string, string>();
  const processName = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    if (e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '?');
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const mainKey = [...threadName.entries()].find(([, n]) => n === 'CrRendererMain')?.[0];
  const busy = new Map<string, number>();
  const self = new Map<string, number>();
  let windowStart = Infinity;
  let windowEnd = -Infinity;
  let frames = 0;
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const pid = Number(key.split(':')[0]);
    const label = `${processName.get(pid) ?? pid} / ${(threadName.get(key) ?? key).replace(/\d+$/, '')}`;
    // Nesting by time: an event inside the one below it on the stack is its child.
    const stack: { end: number; name: string; childUs: number; dur: number }[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= until) {
        const done = stack.pop() as { end: number; name: string; childUs: number; dur: number };
        if (key === mainKey)
          self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.childUs);
      }
    };
    for (const e of list) {
      const dur = e.dur ?? 0;
      close(e.ts);
      const parent = stack[stack.length - 1];
      if (parent) parent.childUs += dur;
      else busy.set(label, (busy.get(label) ?? 0) + dur);
      stack.push({ end: e.ts + dur, name: e.name, childUs: 0, dur });
      if (key === mainKey) {
        windowStart = Math.min(windowStart, e.ts);
        windowEnd = Math.max(windowEnd, e.ts + dur);
        if (e.name === 'ProxyMain::BeginMainFrame') frames++;
      }
    }
    close(Infinity);
  }
  const windowUs = windowEnd - windowStart;
  const pct = (us: number) => (us / windowUs) * 100;
  return {
    windowMs: windowUs / 1000,
    stepsPlayed,
    threads: [...busy.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([thread, us]) => ({ thread, busyMs: us / 1000, percentOfWindow: pct(us) })),
    mainThread: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([event, us]) => ({ event, selfMs: us / 1000, percentOfWindow: pct(us) })),
    frames,
    file,
  };
}

function summariseProfile(
  profile: {
    nodes: ProfileNode[];
    samples?: number[];
    timeDeltas?: number[];
    startTime: number;
    endTime: number;
  },
  stepsPlayed: number,
  file: string,
): ProfileSummary {
  const sourceOf = moduleMap();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const source = url ? sourceOf(url, lineNumber) : '';
    return { fn: functionName || '(anonymous)', source, key: `${functionName}|${source}` };
  };
  const self = new Map<string, { fn: string; source: string; us: number }>();
  const inclusive = new Map<string, { fn: string; source: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  samples.forEach((id, i) => {
    // A sample's time is the gap to the next sample.
    const us = deltas[i + 1] ?? 0;
    totalUs += us;
    const node = nodes.get(id);
    if (!node) return;
    const k = keyOf(node);
    const entry = self.get(k.key) ?? { fn: k.fn, source: k.source, us: 0 };
    entry.us += us;
    self.set(k.key, entry);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = nodes.get(parent.get(n.id) ?? -1)) {
      const c = keyOf(n);
      if (seen.has(c.key) || !c.source.startsWith('src/')) continue;
      seen.add(c.key);
      const e = inclusive.get(c.key) ?? { fn: c.fn, source: c.source, us: 0 };
      e.us += us;
      inclusive.set(c.key, e);
    }
  });
  const pct = (us: number) => (us / totalUs) * 100;
  const byFunction = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, 25)
    .map((e) => ({
      function: e.fn,
      source: e.source,
      selfMs: e.us / 1000,
      selfPercent: pct(e.us),
    }));
  const modules = new Map<string, number>();
  for (const e of self.values()) {
    const source = e.source || e.fn; // (program), (idle), (garbage collector)
    modules.set(source, (modules.get(source) ?? 0) + e.us);
  }
  const byModule = [...modules.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([source, us]) => ({ source, selfMs: us / 1000, selfPercent: pct(us) }));
  const appInclusive = [...inclusive.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, 15)
    .map((e) => ({ function: e.fn, source: e.source, totalMs: e.us / 1000, percent: pct(e.us) }));
  return { durationMs: totalUs / 1000, stepsPlayed, byFunction, byModule, appInclusive, file };
}

// ---------------------------------------------------------------------------------------
// Report

interface Report {
  loadDefault: LoadResult;
  loadBig: LoadResult;
  frames: [string, FrameStats][];
  keyDefault: LatencyResult;
  keyBig: LatencyResult;
  heaps: HeapResult[];
  profile: ProfileSummary | null;
  timeline: TimelineSummary | null;
}

const ms = (v: number) => fmt(v, 1);

function report(r: Report): void {
  console.log(`\nLoad (median of ${LOAD_RUNS} fresh contexts, ms after navigation start)`);
  const loads: [string, LoadResult][] = [
    ['default 2-2-2-2', r.loadDefault],
    ['8×16 network', r.loadBig],
  ];
  console.log(
    table(
      ['scene', 'diagram in DOM', 'next frame', 'FCP', 'LCP', 'DOMContentLoaded', 'load'],
      loads.map(([name, l]) => [
        name,
        ms(l.elementMs),
        ms(l.frameMs),
        ms(l.fcpMs),
        ms(l.lcpMs),
        ms(l.domContentLoadedMs),
        ms(l.loadEventMs),
      ]),
    ),
  );

  console.log(
    `\nFrames (gaps between rAF callbacks, ms; ${PLAY_MS / 1000} s playing, median fps of ${PLAY_REPEATS} runs, and each run's fps; ${IDLE_MS / 1000} s idle)`,
  );
  console.log(
    table(
      ['run', 'fps', 'p50', 'p95', 'p99', 'worst', '>16.7', 'dropped', 'long tasks', 'steps'],
      r.frames.map(([name, f]) => [
        name,
        f.fpsOfRepeats && f.fpsOfRepeats.length > 1
          ? `${fmt(f.fps, 1)} (${f.fpsOfRepeats.map((x) => fmt(x, 0)).join('/')})`
          : fmt(f.fps, 1),
        ms(f.p50),
        ms(f.p95),
        ms(f.p99),
        ms(f.worst),
        String(f.slowFrames),
        String(f.droppedFrames),
        `${f.longTasks} (${fmt(f.longTaskTotalMs, 0)} ms, max ${fmt(f.longestTaskMs, 0)})`,
        String(f.stepsPlayed),
      ]),
    ),
  );
  console.log('\nMain thread, ms of work per second (CDP metrics), and long animation frames');
  console.log(
    table(
      ['run', 'script', 'style', 'layout', 'other', 'total', 'LoAF', 'LoAF ms: all/scripts/render'],
      r.frames.map(([name, f]) => [
        name,
        ms(f.mainThread.scriptMsPerS ?? NaN),
        ms(f.mainThread.styleMsPerS ?? NaN),
        ms(f.mainThread.layoutMsPerS ?? NaN),
        ms(f.mainThread.otherMsPerS ?? NaN),
        ms(f.mainThread.taskMsPerS ?? NaN),
        String(f.longFrames.count),
        `${fmt(f.longFrames.totalMs, 0)} / ${fmt(f.longFrames.scriptMs, 0)} / ${fmt(f.longFrames.renderMs, 0)}`,
      ]),
    ),
  );

  console.log(`\n→ key latency (${PRESSES} presses, ms from the keydown event)`);
  const keys: [string, LatencyResult][] = [
    ['default 2-2-2-2', r.keyDefault],
    ['8×16 network', r.keyBig],
  ];
  console.log(
    table(
      [
        'scene',
        'DOM p50',
        'DOM p95',
        'next frame p50',
        'p95',
        'frame done p50',
        'p95',
        'worst',
        'presented (Event Timing)',
      ],
      keys.map(([name, k]) => [
        name,
        ms(k.commit.p50),
        ms(k.commit.p95),
        ms(k.nextFrame.p50),
        ms(k.nextFrame.p95),
        ms(k.afterFrame.p50),
        ms(k.afterFrame.p95),
        ms(k.afterFrame.worst),
        `${k.eventTiming.count}/${k.presses} ≥16, p50 ${fmt(k.eventTiming.p50, 0)}, max ${fmt(k.eventTiming.worst, 0)}`,
      ]),
    ),
  );

  const mib = (b: number) => fmt(b / 2 ** 20, 2);
  const signed = (b: number) => `${b >= 0 ? '+' : ''}${mib(b)}`;
  console.log('\nJS heap after forced GC, MiB (DOM nodes)');
  console.log(
    table(
      [
        'scene',
        ...(r.heaps[0]?.points ?? []).map((p) => `${p.stepsTaken} steps`),
        `10→${HEAP_STEPS}`,
        `${HEAP_STEPS}→${2 * HEAP_STEPS}`,
      ],
      r.heaps.map((h) => [
        h.scene,
        ...h.points.map((p) => `${mib(p.usedJSHeapBytes)} (${p.domNodes})`),
        signed(h.growthBytes),
        signed(h.furtherGrowthBytes),
      ]),
    ),
  );

  if (r.profile) {
    const p = r.profile;
    console.log(
      `\nCPU profile, 8×16 playing 4× (${fmt(p.durationMs / 1000, 1)} s, ${p.stepsPlayed} steps): top self time`,
    );
    console.log(
      table(
        ['function', 'source', 'self ms', '%'],
        p.byFunction
          .slice(0, 15)
          .map((h) => [h.function, h.source, ms(h.selfMs), fmt(h.selfPercent, 1)]),
      ),
    );
    console.log('\nSelf time by source file');
    console.log(
      table(
        ['source', 'self ms', '%'],
        p.byModule.map((m) => [m.source, ms(m.selfMs), fmt(m.selfPercent, 1)]),
      ),
    );
    console.log('\nApp functions (src/) by inclusive time');
    console.log(
      table(
        ['function', 'source', 'total ms', '%'],
        p.appInclusive.map((h) => [h.function, h.source, ms(h.totalMs), fmt(h.percent, 1)]),
      ),
    );
  }
  if (r.timeline) {
    const t = r.timeline;
    console.log(
      `\nTimeline trace, 8×16 playing 4× (${fmt(t.windowMs / 1000, 1)} s, ${t.stepsPlayed} steps, ${t.frames} main frames): busy time per thread`,
    );
    console.log(
      table(
        ['thread', 'busy ms', '% of window'],
        t.threads.map((x) => [x.thread, ms(x.busyMs), fmt(x.percentOfWindow, 1)]),
      ),
    );
    console.log('\nRenderer main thread, self time per trace event');
    console.log(
      table(
        ['event', 'self ms', '% of window'],
        t.mainThread.slice(0, 15).map((x) => [x.event, ms(x.selfMs), fmt(x.percentOfWindow, 1)]),
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const before = machine();
  const executablePath = findChromium();
  if (executablePath === undefined) {
    log('bench:browser: no Chromium found (set CHROMIUM_PATH or install chromium)');
    process.exit(1);
  }
  if (BUILD || !existsSync(path.join(DIST, 'index.html'))) {
    log('building the app into bench/results/dist …');
    build(DIST);
  }
  if (PROFILE && (BUILD || !existsSync(path.join(DIST_PROFILE, 'index.html')))) {
    log('building an unminified copy for the profile into bench/results/dist-profile …');
    build(DIST_PROFILE, ['--minify', 'false']);
  }

  const server = await preview(DIST);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const stop = () => server.child.kill();
  process.on('exit', stop);
  try {
    const base = server.url;
    const defaultUrl = `${base}${DEFAULT_PATH}`;
    const bigUrl = `${base}${BIG_PATH}`;
    const DEFAULT_SEL = '[data-testid="neuron-3-1"]';
    const BIG_SEL = '[data-testid="neuron-9-1"]';
    log(`Chromium ${browser.version()} at ${executablePath}, app at ${base}`);

    log('1. load …');
    const loadDefault = await measureLoad(browser, base, DEFAULT_PATH, DEFAULT_SEL);
    const loadBig = await measureLoad(browser, base, BIG_PATH, BIG_SEL);

    log('2. frames …');
    const idleDefault = await measureFrames(browser, defaultUrl, DEFAULT_SEL, false, IDLE_MS);
    const playDefault = await measureFramesRepeated(
      browser,
      defaultUrl,
      DEFAULT_SEL,
      true,
      PLAY_MS,
    );
    const idleBig = await measureFrames(browser, bigUrl, BIG_SEL, false, IDLE_MS);
    const playBig = await measureFramesRepeated(browser, bigUrl, BIG_SEL, true, PLAY_MS);
    const playBigStill = await measureFramesRepeated(browser, bigUrl, BIG_SEL, true, PLAY_MS, true);

    log('3. key latency …');
    const keyDefault = await measureKeyLatency(browser, defaultUrl, DEFAULT_SEL);
    const keyBig = await measureKeyLatency(browser, bigUrl, BIG_SEL);

    log('4. heap …');
    const heapBig = await measureHeap(browser, bigUrl, BIG_SEL, '8×16 network');
    const heapDefault = await measureHeap(
      browser,
      defaultUrl,
      DEFAULT_SEL,
      'default (61 steps, cycled with Home)',
    );

    let profile: ProfileSummary | null = null;
    let timeline: TimelineSummary | null = null;
    if (PROFILE) {
      log('5. CPU profile and timeline trace while playing the 8×16 network …');
      ({ cpu: profile, timeline } = await profilePlaying(browser));
    }

    report({
      loadDefault,
      loadBig,
      frames: [
        ['default, idle', idleDefault],
        ['default, playing 4×', playDefault],
        ['8×16, idle', idleBig],
        ['8×16, playing 4×', playBig],
        ['8×16, playing 4×, reduced motion', playBigStill],
      ],
      keyDefault,
      keyBig,
      heaps: [heapBig, heapDefault],
      profile,
      timeline,
    });

    const host = {
      ...before,
      loadAverageAtEnd: machine().loadAverage,
      chromium: browser.version(),
      chromiumPath: executablePath,
    };
    const file = writeResults('browser.json', {
      benchmark: 'browser',
      machine: host,
      source: sourceVersion(),
      settings: {
        viewport: VIEWPORT,
        headless: true,
        chromiumArgs: CHROMIUM_ARGS,
        loadRuns: LOAD_RUNS,
        playMilliseconds: PLAY_MS,
        idleMilliseconds: IDLE_MS,
        presses: PRESSES,
        heapSteps: HEAP_STEPS,
        bigScenario: BIG_SCENARIO,
      },
      load: { default: loadDefault, big: loadBig },
      frames: { idleDefault, playDefault, idleBig, playBig, playBigReducedMotion: playBigStill },
      keyLatency: { default: keyDefault, big: keyBig },
      heap: { big: heapBig, default: heapDefault },
      profile,
      timeline,
    });
    console.log(
      `\n${host.cpus} × ${host.cpuModel}, ${host.memoryGiB} GiB, Node ${host.node}, Chromium ${host.chromium} (headless). Written to ${file}`,
    );
    if (loadWarning(host)) console.log(loadWarning(host));
  } finally {
    await browser.close();
    stop();
  }
}

await main();
