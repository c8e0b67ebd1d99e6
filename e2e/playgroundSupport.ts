import { expect, type Page } from '@playwright/test';
import {
  DEFAULT_HYPERPARAMETERS,
  PLAYGROUND_OBJECTIVE,
  playgroundSetup,
  PlaygroundRun,
  type DataPoint,
} from './engineForTests';

/** A change of η from an iteration on, as the η log records it. */
export interface EtaChange {
  readonly from: number;
  readonly eta: number;
}

/**
 * The Data mode's default run in Node, as the page's worker makes it: the 2-4-2-1 tanh
 * network on x₁, x₂ (seed 1 unless given), plain gradient descent with η as logged.
 */
export function defaultRun(
  train: readonly DataPoint[],
  log: readonly EtaChange[] = [{ from: 0, eta: DEFAULT_HYPERPARAMETERS.learningRate }],
  seed = 1,
) {
  const setup = playgroundSetup(
    {
      features: ['x1', 'x2'],
      hidden: [4, 2],
      activation: 'tanh',
      problem: 'classification',
      seed,
    },
    train,
    PLAYGROUND_OBJECTIVE,
  );
  const run = new PlaygroundRun(
    setup,
    log.map(({ from, eta }) => ({
      from,
      hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: eta },
    })),
  );
  return { setup, run };
}

/** The page's share link once the address has settled (it is rewritten a moment after each change). */
export async function settledLink(page: Page): Promise<string> {
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).not.toBeNull();
  let link = '';
  await expect
    .poll(async () => {
      const before = page.url();
      await page.waitForTimeout(400);
      link = page.url();
      return link === before;
    })
    .toBe(true);
  return link;
}

/**
 * Waits until the decision map shows iteration `t` of the current data and network (after
 * a change, the old run's frame stays on screen until the new run's first one is drawn).
 */
export async function expectIteration(page: Page, t: number): Promise<void> {
  const map = page.getByTestId('decision-map');
  await expect(map).toHaveAttribute('data-current', 'true', { timeout: 30_000 });
  await expect(map).toHaveAttribute('data-iteration', String(t), { timeout: 30_000 });
}
