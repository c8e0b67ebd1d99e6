import { expect, type Page } from '@playwright/test';

/**
 * Waits for the app, and in the network scene for its diagram: the diagram renders after
 * the page has laid itself out (usePanelBox), so it may come a few frames after `load`.
 * In the graph scene, a large graph's circuit comes from the layout worker.
 */
export async function whenDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.querySelector('.app') === null) return false;
    // A large graph is laid out in a worker: its circuit and its node hooks are not there yet.
    if (document.querySelector('[data-testid="graph-drawing-pending"]') !== null) return false;
    if (document.querySelector('.network-scroll') === null) return true;
    return document.querySelector('[data-testid="network-diagram"][data-drawn="true"]') !== null;
  });
}

/**
 * Collects every data-* attribute of every element with a data-testid, in one round trip,
 * once the scene is drawn ({@link whenDrawn}).
 */
export async function readHooks(page: Page): Promise<Record<string, Record<string, string>>> {
  await whenDrawn(page);
  return page.evaluate(() => {
    const hooks: Record<string, Record<string, string>> = {};
    for (const element of document.querySelectorAll<HTMLElement | SVGElement>('[data-testid]')) {
      const id = element.dataset.testid;
      if (id === undefined) continue;
      const data: Record<string, string> = {};
      for (const [key, value] of Object.entries(element.dataset))
        if (key !== 'testid' && value !== undefined) data[key] = value;
      hooks[id] = data;
    }
    return hooks;
  });
}

/** Fails the test on any uncaught page error or console error. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export async function stepPosition(page: Page): Promise<number> {
  return Number(await page.getByTestId('step-position').getAttribute('data-step'));
}

export async function expectStep(page: Page, step: number): Promise<void> {
  await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', String(step));
}

/**
 * The largest network a file or link may hold: 12 layers of 64, sigmoid, one sample
 * (inputs alternating 1, −1; the first output 1), seed 1 (94,337 steps).
 */
export function largestNetworkScenario() {
  const layers = Array.from({ length: 12 }, () => 64);
  return {
    version: 1,
    kind: 'network',
    layers,
    activation: 'sigmoid',
    loss: 'half-sse',
    samples: [
      {
        x: Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 1 : -1)),
        y: Array.from({ length: 64 }, (_, i) => (i === 0 ? 1 : 0)),
      },
    ],
    learningRate: 0.5,
    seed: 1,
  };
}
