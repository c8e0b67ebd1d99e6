import { expect, test, type Page } from '@playwright/test';
import { largestNetworkScenario, watchErrors } from './support';

/**
 * At the limits of what the app accepts: the largest network a file or link may hold (12
 * layers of 64 neurons, 94,337 steps) and the longest expression (1,000 x joined by +,
 * 1,999 characters). Once the page is idle, keys step through them, and writing the address
 * afterwards (which compressed a large network's whole link in one task, 140–450 ms) never
 * runs the page's script for 100 ms at a time; nor does painting the wires again after
 * Apply update, nor opening Share on a state too large for a link.
 *
 * What is asserted is the script: the Long Animation Frames API names each script a long
 * task ran and how long it took. The long tasks themselves (script and rendering) are
 * reported in the test's output with the presses and clicks, not asserted: they are
 * timing, and a machine busy with other work stretches a step's animation frames (30 ms
 * on an idle machine here) past 100 ms without the app doing more. On 12 × 64 a → press
 * runs 50–100 ms, End 50–100 ms, Apply update 70–140 ms, opening Share 80–110 ms (see
 * `npm run bench:limits`). Tasks are measured by the page's own PerformanceObservers,
 * never by the wall clock. While tasks are counted the test waits with `locator.waitFor`,
 * not `expect(…)`: an expectation not yet met takes an accessibility snapshot of the page
 * for its message, 100–150 ms of main-thread work on a page this size that is the
 * test's, not the app's.
 */

const LIMIT_MS = 100;

interface Recorded {
  /** Long tasks (over 50 ms): their end and duration. */
  readonly tasks: { end: number; duration: number }[];
  /** The scripts long animation frames ran: what ran, and how long. */
  readonly scripts: { end: number; duration: number; what: string }[];
}

/** Records the page's long tasks and the scripts of its long animation frames. */
function watchLongTasks(): void {
  const recorded: Recorded = { tasks: [], scripts: [] };
  Object.assign(window, { __recorded: recorded });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      recorded.tasks.push({ end: e.startTime + e.duration, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  interface ScriptTiming {
    readonly duration: number;
    readonly invoker: string;
    readonly sourceFunctionName: string;
    readonly sourceURL: string;
    readonly sourceCharPosition: number;
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const { scripts } = e as PerformanceEntry & { scripts: readonly ScriptTiming[] };
      for (const script of scripts)
        recorded.scripts.push({
          end: e.startTime + e.duration,
          duration: script.duration,
          what: `${script.invoker} ${script.sourceFunctionName} at ${script.sourceURL.split('/').pop() ?? ''}:${script.sourceCharPosition}`,
        });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** What was recorded since the last call, in ms (and forgets it). */
interface Taken {
  readonly tasks: number[];
  readonly scripts: { duration: number; what: string }[];
}

function takeLongTasks(page: Page): Promise<Taken> {
  return page.evaluate(() => {
    const recorded = (window as unknown as { __recorded: Recorded }).__recorded;
    return {
      tasks: recorded.tasks.splice(0).map((t) => Math.round(t.duration)),
      scripts: recorded.scripts
        .splice(0)
        .map((s) => ({ duration: Math.round(s.duration), what: s.what })),
    };
  });
}

/** Waits until the step counter shows `step` (without an expectation's snapshot; see above). */
async function stepShown(page: Page, step: number): Promise<void> {
  await page
    .locator(`[data-testid="step-position"][data-step="${step}"]`)
    .waitFor({ state: 'attached', timeout: 30_000 });
}

/** Waits until the page has run no long task for a second (opening is done). */
async function waitForIdle(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const { tasks } = (window as unknown as { __recorded: Recorded }).__recorded;
          const last = tasks[tasks.length - 1]?.end ?? 0;
          return performance.now() - last > 1000;
        }),
      { timeout: 120_000, intervals: [250] },
    )
    .toBe(true);
}

/** What pressing keys ran (each until its step shows), and what ran in the 1.5 s after each. */
interface Pressed {
  readonly presses: Taken[];
  readonly after: Taken[];
}

/**
 * Presses each key, waiting for the step it shows and its frame painted, then for 1.5 s, in which the
 * address catches up (250 ms after a step; a long link a slice at a time).
 */
async function press(page: Page, keys: readonly [string, number][]): Promise<Pressed> {
  const presses: Taken[] = [];
  const after: Taken[] = [];
  await takeLongTasks(page);
  for (const [key, step] of keys) {
    await page.keyboard.press(key);
    await stepShown(page, step);
    presses.push(await framePainted(page));
    await page.waitForTimeout(1500);
    after.push(await takeLongTasks(page));
  }
  return { presses, after };
}

/**
 * What ran until the frame after the current one: a frame's long task is reported after it
 * ends, so wait for the frame after it and a task beyond.
 */
async function framePainted(page: Page): Promise<Taken> {
  await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))),
      ),
  );
  return takeLongTasks(page);
}

const longest = (values: readonly number[]) => Math.max(0, ...values);

/** Logs the figures and returns the longest script run after the presses. */
function report(name: string, { presses, after }: { presses: Taken[]; after: Taken[] }): number {
  const tasks = (taken: Taken[]) => taken.flatMap((t) => t.tasks);
  const scripts = (taken: Taken[]) => taken.flatMap((t) => t.scripts);
  const top = scripts(after).sort((a, b) => b.duration - a.duration)[0];
  const text =
    `${name}: long tasks while pressing [${tasks(presses).join(', ')}] (longest ${longest(tasks(presses))} ms), ` +
    `after [${tasks(after).join(', ')}] (longest ${longest(tasks(after))} ms); ` +
    `longest script after: ${top === undefined ? 'none over 5 ms in a long frame' : `${top.duration} ms (${top.what})`}`;
  test.info().annotations.push({ type: 'long tasks', description: text });
  console.log(text);
  return top?.duration ?? 0;
}

test('the largest network a link may hold: after →, End and Home, writing the address never blocks for 100 ms', async ({
  page,
}) => {
  test.slow();
  const errors = watchErrors(page);
  await page.addInitScript(watchLongTasks);
  const scenario = largestNetworkScenario();
  await page.goto(`./?scenario=${encodeURIComponent(JSON.stringify(scenario))}&step=0&lang=en`);
  // Drawn a layer at a time: the first layer and a progress line show before the last.
  const note = page.getByTestId('drawing-note');
  await expect(note).toContainText(/of 12 \(768 neurons in all\)/, { timeout: 120_000 });
  await expect(page.getByTestId('neuron-0-0')).toBeAttached();
  await expect(page.getByTestId('neuron-11-0')).toBeVisible({ timeout: 120_000 });
  await expect(note).toHaveCount(0);
  const total = 94_337;
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-total', String(total));
  await waitForIdle(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await waitForIdle(page);

  const afterSteps = report(
    '12×64 →×5',
    await press(
      page,
      [1, 2, 3, 4, 5].map((s) => ['ArrowRight', s]),
    ),
  );
  const afterEnds = report(
    '12×64 End, ←, Home',
    await press(page, [
      ['End', total],
      ['ArrowLeft', total - 1],
      ['Home', 0],
    ]),
  );
  expect(afterSteps).toBeLessThan(LIMIT_MS);
  expect(afterEnds).toBeLessThan(LIMIT_MS);

  // The Share dialog opens at once and compresses the link in slices (half a second of
  // work in one task before); a link this long has no QR code, and says so.
  await takeLongTasks(page);
  await page.getByTestId('share-button').click();
  const link = page.getByTestId('share-link');
  await page.locator('[data-testid="share-link"][data-ready="true"]').waitFor({ timeout: 30_000 });
  report('12×64 Share', { presses: [await takeLongTasks(page)], after: [] });
  await expect(page.getByTestId('share-qr')).toHaveAttribute('data-too-long', 'true');
  await expect(page.getByTestId('share-qr')).toContainText('holds at most 2331');
  const url = await link.inputValue();
  expect(url.length).toBeGreaterThan(2331);
  // …and the link opens to the same network, at the step it was shared at.
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId('step-position')).toHaveAttribute('data-total', String(total), {
    timeout: 120_000,
  });
  await expect(other.getByTestId('step-position')).toHaveAttribute('data-step', '0');
  await other.close();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  // Apply update (at the end of the pass): a new network, its trace, and its 86,000 wires
  // painted again, in the wire painter's worker (135 ms of rasterising on this thread before).
  await press(page, [['End', total]]);
  await page.getByRole('button', { name: /Apply update/ }).click();
  await stepShown(page, 0);
  const clicked = await takeLongTasks(page);
  await page.locator('canvas.wire-canvas[data-drawn="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const afterApply = report('12×64 Apply update', {
    presses: [clicked],
    after: [await takeLongTasks(page)],
  });
  expect(afterApply).toBeLessThan(LIMIT_MS);

  // Its state is now too large for a link (every weight is its own number): the dialog says
  // so and offers the file, with no field of half a million characters to lay out.
  // The click's own task (opening the modal dialog restyles the inert page: 80–110 ms
  // here) is reported with the presses, as the others are; what is asserted is the 1.5 s
  // after the dialog says so, where the link's half a million characters were laid out.
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-too-long').waitFor({ timeout: 30_000 });
  const opened = await framePainted(page);
  await page.waitForTimeout(1500);
  const shareTooLong = report('12×64 Share, too long for a link', {
    presses: [opened],
    after: [await takeLongTasks(page)],
  });
  expect(shareTooLong).toBeLessThan(LIMIT_MS);
  await expect(page.getByTestId('share-link')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  await expect(page.getByTestId('share-qr')).toHaveCount(0);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  expect(errors).toEqual([]);
});

test('the longest expression a link may hold: after →, End, ← and Home, writing the address never blocks for 100 ms', async ({
  page,
}) => {
  test.slow();
  const errors = watchErrors(page);
  await page.addInitScript(watchLongTasks);
  const expression = Array.from({ length: 1000 }, () => 'x').join('+');
  expect(expression).toHaveLength(1999);
  const scenario = { version: 1, kind: 'graph', expression, inputs: { x: 1 } };
  await page.goto(
    `./?scene=graph&scenario=${encodeURIComponent(JSON.stringify(scenario))}&step=0&lang=en`,
  );
  await expect(page.getByTestId('graph-output')).toBeVisible({ timeout: 120_000 });
  const total = 1999;
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-total', String(total));
  await waitForIdle(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await waitForIdle(page);

  const afterKeys = report(
    '1,999-char sum →, End, ←, Home',
    await press(page, [
      ['ArrowRight', 1],
      ['End', total],
      ['ArrowLeft', total - 1],
      ['Home', 0],
    ]),
  );
  expect(afterKeys).toBeLessThan(LIMIT_MS);
  expect(errors).toEqual([]);
});
