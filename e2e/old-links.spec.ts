import { expect, test, type Page } from '@playwright/test';
import fixture from '../src/store/url/fixtures/links-v1.json' with { type: 'json' };
import { defaultState } from '../src/store/initialState';
import type { SourceState } from '../src/store/types';
import { analyzeGraph, buildGraphTrace, buildNetworkTrace, replay } from './engineForTests';
import { expectedNetworkHooks } from './expectedHooks';
import { expectStep, readHooks, watchErrors } from './support';

/**
 * Links written by earlier versions of the app (src/store/url/fixtures/links-v1.json) open
 * to the state recorded with them: the page's numbers are the engine's for that state.
 */
interface OldLink {
  readonly name: string;
  readonly query: string;
  readonly ok: boolean;
  readonly state: Partial<SourceState>;
}

const OPENED = [
  'compact: default',
  'compact: edited lecture network, full float64 precision, step 23, Chinese',
  'compact: 3-5-4-2 mixed activations, mean reduction, seed, third sample',
  'compact: XOR network, fourth sample at the end',
  'compact: speed 0.25',
  'compact: graph expression at the end, Chinese',
  'compact: chapter 7 as the menu opens it',
  'compact: 3-5-4-2 network in training at iteration 50',
  'compact: combination: training XOR, iteration 250, speed 500, Chinese, dark, presenter, hidden',
  'compact: combination: edited network, chapter 4, contrast, embed, speed 2',
  'compact: hide everything',
  'readable: edited lecture scenario, step=25, lang=zh (the README form)',
  'readable: 3-5-4-2 drawn from a seed (no weights)',
  'readable: graph with a variable e, written before e was Euler’s number, at its end',
  'compact refused: graph missing an input',
  'readable refused: several problems at once',
];

const links = fixture.links as readonly OldLink[];
/**
 * The state an old link opens on top of: the fixture's defaults, and for fields added to
 * the state since (which old links cannot mention) today's defaults.
 */
const defaults: SourceState = {
  ...defaultState('en'),
  ...(fixture.defaults as Partial<SourceState>),
};

function oldLink(name: string): { link: OldLink; state: SourceState } {
  const link = links.find((l) => l.name === name);
  if (link === undefined) throw new Error(`no link named "${name}" in the fixture`);
  return { link, state: { ...defaults, ...link.state } };
}

/** The step shown, where the step controls are (a link can hide them). */
async function expectCursor(page: Page, state: SourceState): Promise<void> {
  if (!state.hidden.includes('controls')) await expectStep(page, state.cursor);
}

async function expectNetwork(page: Page, state: SourceState): Promise<void> {
  await expectCursor(page, state);
  const trace = buildNetworkTrace(state.network, state.sample);
  const expected = expectedNetworkHooks(state.network, trace, state.cursor);
  const actual = await readHooks(page);
  for (const [id, attributes] of Object.entries(expected)) {
    const shown = { ...actual[id] };
    delete shown.y;
    expect(Object.keys(shown).sort(), id).toEqual(Object.keys(attributes).sort());
    for (const [key, value] of Object.entries(attributes))
      expectSameNumber(shown[key], value, `${id} ${key}`);
  }
}

/**
 * The page's number against the engine's in Node: the same text, or (where tanh, softmax or
 * exp are involved, which Chromium's V8 and Node may round differently in the last bit)
 * equal to 1e-12 relative.
 */
function expectSameNumber(shown: string | undefined, expected: string, what: string): void {
  if (shown === expected) return;
  const [a, b] = [Number(shown), Number(expected)];
  expect(Number.isFinite(a) && Number.isFinite(b), `${what}: ${shown} vs ${expected}`).toBe(true);
  expect(Math.abs(a - b), `${what}: ${shown} vs ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300),
  );
}

async function expectGraph(page: Page, state: SourceState): Promise<void> {
  await expectCursor(page, state);
  const analysis = analyzeGraph(state.graph);
  const output = page.getByTestId('graph-output');
  if (state.cursor < buildGraphTrace(analysis).steps.length) {
    await expect(output).not.toHaveAttribute('data-value', /./);
    return;
  }
  await expect(output).toHaveAttribute('data-value', String(analysis.value));
  const hooks = await readHooks(page);
  for (const node of analysis.nodes) {
    if (node.kind === 'const') continue; // constants carry no hooks
    const id = `${node.kind}-${node.id}`;
    expect(hooks[id]?.value, id).toBe(String(node.value));
    expect(hooks[id]?.grad, id).toBe(node.grad === null ? undefined : String(node.grad));
  }
}

async function expectTraining(page: Page, state: SourceState): Promise<void> {
  const iteration = page.getByTestId('training-iteration');
  await expect(iteration).toHaveAttribute('data-iteration', String(state.iteration));
  await expect(iteration).toHaveAttribute('data-pending', 'false');
  // Equal to rounding: Chromium and Node may round Math.exp differently in the last bit.
  const expected = replay(state.network, state.iteration).losses[state.iteration] ?? NaN;
  const shown = Number(await page.getByTestId('training-loss').getAttribute('data-value'));
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  if (!state.hidden.includes('controls'))
    await expect(page.getByTestId('training-rate')).toHaveValue(String(state.trainingRate));
}

/** What every view option of the state shows on the page. */
async function expectView(page: Page, state: SourceState): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', state.lang === 'zh' ? 'zh-CN' : 'en');
  if (state.theme !== 'system')
    await expect(page.locator('html')).toHaveAttribute('data-theme', state.theme);
  await expect(page.locator('.app.presenter')).toHaveCount(state.presenter ? 1 : 0);
  await expect(page.getByTestId('open-full-app')).toHaveCount(state.embed ? 1 : 0);
  const header = !state.embed && !state.presenter && !state.hidden.includes('header');
  await expect(page.locator('.app-header')).toHaveCount(header ? 1 : 0);
  if (header && state.chapter !== null)
    await expect(page.getByTestId('chapter-menu')).toHaveValue(String(state.chapter));
  const stepByStep = state.scene !== 'training';
  const controls = stepByStep && !state.hidden.includes('controls');
  await expect(page.locator('.step-controls')).toHaveCount(controls ? 1 : 0);
  if (controls) await expect(page.locator('.speed select')).toHaveValue(String(state.speed));
  const timeline = stepByStep && !state.hidden.includes('timeline');
  await expect(page.locator('.stepper .timeline')).toHaveCount(timeline ? 1 : 0);
  if (header)
    await expect(page.getByTestId('share-button')).toHaveCount(
      state.hidden.includes('share') ? 0 : 1,
    );
}

for (const name of OPENED) {
  test(`old link opens as before: ${name}`, async ({ page }) => {
    const errors = watchErrors(page);
    const { link, state } = oldLink(name);
    await page.goto(`./${link.query}`);
    const banner = page.getByTestId('state-error');
    if (!link.ok) {
      await expect(banner).toBeVisible();
      for (const issue of state.error?.issues ?? [])
        if (issue.path !== '') await expect(banner).toContainText(issue.path);
      await expect(page.getByTestId('neuron-0-0')).toHaveAttribute('data-a', '1');
    } else {
      await expect(banner).toHaveCount(0);
      if (state.scene === 'network') await expectNetwork(page, state);
      else if (state.scene === 'graph') await expectGraph(page, state);
      else await expectTraining(page, state);
    }
    await expectView(page, state);
    expect(errors).toEqual([]);
  });
}
