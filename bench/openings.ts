/**
 * Opening the app's everyday pages (part of `npm run bench:limits`): each scene in both
 * languages and the sizes people open it at, loaded LOADS times in a fresh context, with
 * the time to the first content and to the scene drawn, and the longest main-thread task
 * while opening (median and worst of the loads). The floor is 100 ms: no task at opening
 * may hold the page longer.
 */
import type { Browser } from '@playwright/test';
import { fmt, median, table } from './common.ts';

interface Opening {
  readonly name: string;
  readonly path: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly touch?: boolean;
  /** What is there once the scene is drawn. */
  readonly drawn: string;
}

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** The cost node comes with the diagram's last layer. */
const NETWORK_DRAWN = '[data-testid="loss"]';
const GRAPH_DRAWN = '[data-testid="graph-output"]';
const TRAINING_DRAWN = '[data-testid="loss-curve"]';
const PLAYGROUND_DRAWN = '[data-testid="decision-map"]';

export const OPENINGS: readonly Opening[] = [
  ...(['en', 'zh'] as const).flatMap((lang) => [
    { name: `network ${lang}`, path: `/?lang=${lang}`, viewport: LAPTOP, drawn: NETWORK_DRAWN },
    {
      name: `graph ${lang}`,
      path: `/?scene=graph&lang=${lang}`,
      viewport: LAPTOP,
      drawn: GRAPH_DRAWN,
    },
    {
      name: `training ${lang}`,
      path: `/?scene=training&lang=${lang}`,
      viewport: LAPTOP,
      drawn: TRAINING_DRAWN,
    },
  ]),
  {
    name: 'spiral data',
    path: '/?scene=training&dataset=spiral&lang=en',
    viewport: LAPTOP,
    drawn: PLAYGROUND_DRAWN,
  },
  { name: 'network, phone', path: '/?lang=en', viewport: PHONE, touch: true, drawn: NETWORK_DRAWN },
  {
    name: 'network, presenter',
    path: '/?presenter=1&lang=en',
    viewport: { width: 1920, height: 1080 },
    drawn: NETWORK_DRAWN,
  },
  {
    name: 'network, embed',
    path: '/?embed=1&lang=en',
    viewport: { width: 860, height: 520 },
    drawn: NETWORK_DRAWN,
  },
];

/** Init script: records every long task (over 50 ms) the page runs. */
export function watchLongTasks(): void {
  const tasks: number[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

interface OpeningFigures {
  firstContentMs: number;
  drawnMs: number;
  longestTaskMs: number;
}

async function open(browser: Browser, url: string, o: Opening): Promise<OpeningFigures> {
  const context = await browser.newContext({
    viewport: o.viewport,
    hasTouch: o.touch === true,
    isMobile: o.touch === true,
  });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const start = Date.now();
  await page.goto(url + o.path, { waitUntil: 'commit' });
  await page.locator('.app').waitFor({ timeout: 60_000 });
  const firstContentMs = Date.now() - start;
  await page.locator(o.drawn).first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const drawnMs = Date.now() - start;
  // Whatever follows the drawing (the flow layer's code, fonts, the link) counts too.
  await page.waitForTimeout(1500);
  const longestTaskMs = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
  );
  await context.close();
  return { firstContentMs, drawnMs, longestTaskMs };
}

/** Measures every opening `loads` times and returns the printed table. */
export async function measureOpenings(
  browser: Browser,
  url: string,
  loads: number,
  only: string | undefined,
): Promise<string> {
  const rows: string[][] = [];
  for (const o of OPENINGS.filter((x) => only === undefined || x.name.includes(only))) {
    process.stderr.write(`opening ${o.name} …\n`);
    const runs: OpeningFigures[] = [];
    for (let i = 0; i < loads; i++) runs.push(await open(browser, url, o));
    const tasks = runs.map((r) => r.longestTaskMs);
    rows.push([
      o.name,
      `${o.viewport.width}×${o.viewport.height}`,
      fmt(median(runs.map((r) => r.firstContentMs)), 0),
      fmt(median(runs.map((r) => r.drawnMs)), 0),
      fmt(median(tasks), 0),
      fmt(Math.max(...tasks), 0),
    ]);
  }
  return table(
    ['page', 'viewport', 'first ms', 'drawn ms', 'longest task med', 'longest task worst'],
    rows,
  );
}
