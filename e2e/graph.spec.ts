import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  analyzeGraph,
  buildGraphTrace,
  GRAPH_PRESETS,
  graphPresetScenario,
  valueAt,
  type GraphScenario,
} from '../src/engine';
import { readHooks, watchErrors } from './support';

type Hooks = Record<string, Record<string, string>>;

/** The hooks DESIGN.md promises for a graph at the end of its backward pass. */
function expectedHooks(scenario: GraphScenario): Hooks {
  const analysis = analyzeGraph(scenario);
  const hooks: Hooks = { 'graph-output': { value: String(analysis.value) } };
  for (const node of analysis.nodes) {
    const grad: Record<string, string> = node.grad === null ? {} : { grad: String(node.grad) };
    if (node.kind === 'var') hooks[`var-${node.id}`] = { value: String(node.value), ...grad };
    if (node.kind === 'gate')
      hooks[`gate-${node.id}`] = { op: node.op ?? '', value: String(node.value), ...grad };
  }
  return hooks;
}

/**
 * Only the graph's var-*, gate-* and graph-output hooks, with their numbers: `data-current`
 * (the current step's marker, checked in graph-layouts.spec.ts) is left out.
 */
function graphHooks(hooks: Hooks): Hooks {
  return Object.fromEntries(
    Object.entries(hooks)
      .filter(([id]) => id.startsWith('var-') || id.startsWith('gate-') || id === 'graph-output')
      .map(([id, data]) => [
        id,
        Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'current')),
      ]),
  );
}

async function openGraph(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`./?scene=graph&lang=${lang}`);
  await expect(page.getByTestId('graph-expression')).toBeVisible();
}

test('the header tab opens the computational graph of (x + y)·z', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Computational graph' }).click();
  await expect(page.getByTestId('graph-expression')).toHaveValue('(x + y) * z');
  await expect(page.getByTestId('var-x')).toHaveAttribute('data-value', '-2');
  await expect(page.getByTestId('gate-g1')).toHaveAttribute('data-op', 'add');
  await expect(page.getByTestId('gate-g1')).not.toHaveAttribute('data-value', /./);
  await expect(page.getByTestId('graph-output')).not.toHaveAttribute('data-value', /./);
  expect(errors).toEqual([]);
});

for (const preset of GRAPH_PRESETS) {
  test(`preset ${preset.id}: every hook matches the engine at the end`, async ({ page }) => {
    const errors = watchErrors(page);
    await openGraph(page);
    await page.getByTestId(`preset-${preset.id}`).click();
    await expect(page.getByTestId('graph-expression')).toHaveValue(preset.expression);
    await page.keyboard.press('End');
    const scenario = graphPresetScenario(preset.id);
    await expect(page.getByTestId('graph-output')).toHaveAttribute(
      'data-value',
      String(analyzeGraph(scenario).value),
    );
    expect(graphHooks(await readHooks(page))).toEqual(expectedHooks(scenario));
    expect(errors).toEqual([]);
  });
}

test('buying apples: price 220, gradients 2.2, 110 and 200, on screen and in the code', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.getByRole('button', { name: 'Buying apples' }).click();
  await page.keyboard.press('End');
  const hooks = await readHooks(page);
  expect(Number(hooks['graph-output']?.value)).toBeCloseTo(220, 12);
  expect(Number(hooks['var-apple']?.grad)).toBeCloseTo(2.2, 12);
  expect(Number(hooks['var-apple_num']?.grad)).toBeCloseTo(110, 12);
  expect(Number(hooks['var-tax']?.grad)).toBeCloseTo(200, 12);
  await expect(page.getByTestId('gate-g2')).toContainText('220');
  await expect(page.getByTestId('var-apple')).toContainText('2.2');
  await expect(page.getByTestId('var-apple_num')).toContainText('110');
  await expect(page.getByTestId('var-tax')).toContainText('200');
  // The last step runs mul_apple_layer.backward: that line of the book's Python is current,
  // and the script has printed what the book prints.
  await expect(page.locator('.code-view [aria-current="step"]')).toContainText(
    'dapple, dapple_num = mul_apple_layer.backward(dapple_price)',
  );
  await expect(page.getByTestId('code-printout')).toHaveText(
    'price: 220\ndApple: 2.2\ndApple_num: 110\ndTax: 200',
  );
  await expect(page.getByTestId('code-listing')).toContainText('class MulLayer:');
  await expect(page.getByTestId('code-listing')).toContainText('def backward(self, dout):');
  // The TypeScript is the second tab, with the same line highlighted.
  await page.getByTestId('code-tab-typescript').click();
  await expect(page.locator('.code-view [aria-current="step"]')).toContainText(
    'mulAppleLayer.backward(dApplePrice)',
  );
  await page.keyboard.press('Home');
  await page.getByTestId('code-tab-python').click();
  await expect(page.getByTestId('code-printout')).not.toContainText('price: 220');
  expect(errors).toEqual([]);
});

test('a broken expression points at its column, in both languages; the old graph stays', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.keyboard.press('End');
  const before = graphHooks(await readHooks(page));
  const field = page.getByTestId('graph-expression');

  await field.fill('(x + y))');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Unexpected “)” at column 8.');
  // The caret sits under the eighth character (whitespace kept exactly).
  expect(await alert.locator('.caret').textContent()).toBe('(x + y))\n       ^');
  await field.press('Enter');
  await expect(field).toHaveValue('(x + y))');
  expect(graphHooks(await readHooks(page))).toEqual(before);

  await field.fill('sigmod(x)');
  await expect(alert).toContainText(
    'Unknown function “sigmod” at column 1 — did you mean sigmoid?',
  );
  expect(graphHooks(await readHooks(page))).toEqual(before);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('alert')).toContainText('你是不是想写 sigmoid');
  expect(errors).toEqual([]);
});

test('a new expression keeps the values of the variables that remain', async ({ page }) => {
  const errors = watchErrors(page);
  await openGraph(page);
  const field = page.getByTestId('graph-expression');
  await field.fill('x * y + max(x, w)');
  await expect(page.getByText('Preview — press Enter to apply').first()).toBeVisible();
  await field.press('Enter');
  await expect(page.getByTestId('input-w')).toHaveValue('1');
  await field.blur();
  await page.keyboard.press('End');
  const scenario: GraphScenario = {
    version: 1,
    kind: 'graph',
    expression: 'x * y + max(x, w)',
    inputs: { x: -2, y: 5, w: 1 },
  };
  expect(graphHooks(await readHooks(page))).toEqual(expectedHooks(scenario));
  expect(errors).toEqual([]);
});

test('inputs update the graph live; text that is not a number keeps the old value', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.keyboard.press('End');
  const x = page.getByTestId('input-x');
  await x.fill('3');
  await expect(page.getByTestId('var-x')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('graph-output')).toHaveAttribute(
    'data-value',
    String((3 + 5) * -4),
  );
  await x.fill('3..');
  await expect(page.getByText('“3..” is not a number; x keeps 3.')).toBeVisible();
  await expect(page.getByTestId('var-x')).toHaveAttribute('data-value', '3');
  // Picking the example again restores its numbers and drops the text being typed.
  await page.getByTestId('preset-cs231n-add-mul').click();
  await expect(x).toHaveValue('-2');
  await expect(page.getByText('is not a number')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('stepping one step at a time reveals each number only once computed', async ({ page }) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.getByTestId('preset-staged').click();
  const scenario = graphPresetScenario('staged');
  const analysis = analyzeGraph(scenario);
  const trace = buildGraphTrace(analysis);
  const expected = (cursor: number): Hooks => {
    const hooks: Hooks = {};
    const add = (id: string, entries: Record<string, number | string | undefined>) => {
      hooks[id] = Object.fromEntries(
        Object.entries(entries).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
      );
    };
    for (const node of analysis.nodes) {
      const value = valueAt(trace, `value:${node.id}`, cursor);
      const grad = valueAt(trace, `grad:${node.id}`, cursor);
      if (node.kind === 'var') add(`var-${node.id}`, { value, grad });
      if (node.kind === 'gate') add(`gate-${node.id}`, { op: node.op ?? '', value, grad });
    }
    add('graph-output', { value: valueAt(trace, `value:${analysis.output}`, cursor) });
    return hooks;
  };
  for (let cursor = 0; cursor <= trace.steps.length; cursor++) {
    await expect(page.getByTestId('step-position')).toHaveAttribute('data-step', String(cursor));
    expect(graphHooks(await readHooks(page)), `step ${cursor}`).toEqual(expected(cursor));
    await page.keyboard.press('ArrowRight');
  }
  // Where x's three branches come back, the sum is written out.
  await page.keyboard.press('End');
  await expect(page.getByTestId('var-x')).toContainText('Σ 2.06');
  expect(errors).toEqual([]);
});

test('the chain-rule view nudges the input and converges to dz/dx', async ({ page }) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.getByTestId('preset-chain-case-1').click();
  const view = page.getByTestId('chain-view');
  await expect(view).toContainText('dz/dx = dz/dy · dy/dx');
  await expect(view).toContainText('1.081');
  await expect(page.getByTestId('nudge-path')).toContainText('Δx = 0.1');
  await view.getByRole('slider').fill('-2');
  await expect(page.getByTestId('nudge-path')).toContainText('Δx = 0.01');
  await expect(page.getByTestId('chain-view')).toHaveCount(1);
  await page.getByTestId('preset-cs231n-add-mul').click();
  await expect(page.getByTestId('chain-view')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('graph elements are reachable by keyboard and read their numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await openGraph(page);
  await page.keyboard.press('End');
  const gate = page.getByTestId('gate-g2');
  await gate.focus();
  await expect(gate).toHaveAttribute('aria-label', 'Gate g2, multiply (×): value −12, ∂f/∂g2 = 1');
  await expect(page.locator('.inspector')).toContainText('local ∂g2/∂g1');
  await expect(page.locator('.inspector')).toContainText('−4');
  expect(errors).toEqual([]);
});

test('the graph scene passes axe in light and dark, with code, chain rule and an error', async ({
  browser,
}) => {
  // Eight full axe runs: given the time for them on a busy machine.
  test.slow();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openGraph(page);
    for (const preset of ['apple', 'chain-case-2', 'staged']) {
      await page.getByTestId(`preset-${preset}`).click();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      const result = await new AxeBuilder({ page }).include('main').analyze();
      expect(result.violations, `${colorScheme} ${preset}`).toEqual([]);
    }
    await page.getByTestId('graph-expression').fill('sigmod(x');
    await page.getByTestId('input-x').fill('abc');
    const result = await new AxeBuilder({ page }).include('main').analyze();
    expect(result.violations, `${colorScheme} errors`).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }
});
