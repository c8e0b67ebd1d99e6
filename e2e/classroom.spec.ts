import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { expectStep, watchErrors } from './support';

test('chapters open the right scene, scenario and step, follow N / P, and live in the link', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en');
  await page.getByTestId('chapter-menu').selectOption('4');
  await expect(page.getByTestId('chapter-intro')).toContainText(
    'Backward pass and the reverse network',
  );
  // It opens just after the cost: the reverse network is about to start at the output.
  await expectStep(page, 13);
  await expect(page.getByTestId('loss')).toHaveAttribute('data-value', /./);
  await expect(page.getByTestId('amp-3-0')).not.toHaveAttribute('data-delta', /./);
  await page.keyboard.press('n');
  await expect(page.getByTestId('chapter-intro')).toContainText('Summary');
  await expectStep(page, 26);
  await expect(page.getByTestId('edge-0-0-0')).toHaveAttribute('data-grad', /./);
  await page.keyboard.press('Shift+PageUp');
  await expect(page.getByTestId('chapter-intro')).toContainText('reverse network');
  await page.keyboard.press('p');
  await expect(page.getByTestId('chapter-intro')).toContainText('Forward pass');
  await expectStep(page, 0);
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect(page.getByTestId('chapter-intro')).toContainText('Gradient descent');
  await expect(page.getByTestId('chapter-menu')).toHaveValue('1');
  // The chapter is part of the link: a reload lands on it.
  await page.getByRole('button', { name: 'Next chapter' }).click();
  await expect(page.getByTestId('chapter-intro')).toContainText('chain rule');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('s=1.');
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByTestId('chapter-menu')).toHaveValue('2');
  await page.goto('./?lang=zh&chapter=7');
  await expect(page.getByTestId('chapter-intro')).toContainText('用代码实现各层');
  expect(errors).toEqual([]);
});

test('presenter mode: the first clicker press after the controls fade acts, while the lesson plays', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&presenter=1');
  await expect(page.getByTestId('caption-bar')).toBeVisible();
  const position = page.getByTestId('step-position');
  const stepNow = async () => Number(await position.getAttribute('data-step'));
  // Space plays (pressed again until the page has taken it, on a slow machine).
  await expect(async () => {
    if ((await stepNow()) === 0) await page.keyboard.press(' ');
    await expect.poll(stepNow, { timeout: 2_500 }).toBeGreaterThan(0);
  }).toPass({ timeout: 15_000 });
  // Playing changes the state on every step; the fade re-renders the page on the next key.
  await expect(page.locator('.app.idle')).toHaveCount(1, { timeout: 10_000 });
  const faded = await stepNow();
  await expect.poll(stepNow, { timeout: 10_000 }).toBeGreaterThan(faded);
  await page.keyboard.press('End');
  await expectStep(page, 61);
  expect(errors).toEqual([]);
});

test('presenter mode: no label under 20 px at 1920×1080, caption bar, B blanks the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const step of ['end', '20', '36']) {
    await page.goto(`./?lang=en&presenter=1&step=${step}`);
    await expect(page.getByTestId('caption-bar')).toBeVisible();
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.locator('.inspector')).toHaveCount(0);
    await page.waitForTimeout(3500); // the controls fade and the diagram takes their room
    const sizes = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.network-diagram');
      const scale = svg?.getScreenCTM()?.a ?? 0;
      return [...(svg?.querySelectorAll('text') ?? [])]
        .filter((t) => t.getBBox().width > 0)
        .map((t) => ({
          text: t.textContent ?? '',
          px: parseFloat(getComputedStyle(t).fontSize) * scale,
        }));
    });
    expect(sizes.length).toBeGreaterThan(30);
    const small = sizes.filter((s) => s.px < 20);
    expect(small, `labels under 20 px at step ${step}`).toEqual([]);
  }
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  // A clicker does not move the lesson on behind a black screen.
  await page.keyboard.press('PageDown');
  await expectStep(page, 36);
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expectStep(page, 37);
  await page.getByTestId('presenter-toggle').click();
  await expect(page.locator('.app-header')).toBeVisible();
});

test('hide= locks parts away and embed=1 gives a chrome-free view with a link out', async ({
  page,
}) => {
  await page.goto('./?lang=en&hide=editor,timeline&step=3');
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByTestId('apply-update')).toHaveCount(0);
  await expect(page.getByTestId('network-settings')).toHaveCount(0);
  await page.getByTestId('edge-0-0-0').click();
  await expect(page.getByTestId('edit-input')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();

  await page.goto('./?lang=en&embed=1&step=5');
  await expect(page.locator('.app-header')).toHaveCount(0);
  const out = page.getByTestId('open-full-app');
  await expect(out).toBeVisible();
  const href = (await out.getAttribute('href')) ?? '';
  expect(href).toContain('?s=1.');
  await page.goto(`.${href.slice(href.indexOf('?') - 1)}`);
  await expect(page.locator('.app-header')).toBeVisible();
  await expectStep(page, 5);
});

test('the Chinese page shows no English sentence from the dictionary, and vice versa', async ({
  page,
}) => {
  const keys = Object.keys(en) as (keyof typeof en)[];
  const check = async (
    query: string,
    other: Record<string, string>,
    own: Record<string, string>,
  ) => {
    await page.goto(query);
    await page.getByText(own['settings.title'] ?? '').click();
    const text = await page.locator('body').innerText();
    const leaked = keys.filter(
      (k) =>
        other[k] !== own[k] &&
        (other[k] ?? '').length > 12 &&
        !(other[k] ?? '').includes('{') &&
        text.includes(other[k] ?? ''),
    );
    expect(leaked).toEqual([]);
  };
  for (const step of ['0', '14', '61']) {
    await check(`./?lang=zh&step=${step}`, en, zh);
    await check(`./?lang=en&step=${step}`, zh, en);
  }
});

for (const scene of ['network', 'graph', 'training'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe: no serious or critical violation — ${scene}, ${lang}, ${theme}`, async ({
        page,
      }) => {
        await page.goto(`./?scene=${scene}&lang=${lang}&theme=${theme}&step=14`);
        // Scan the scene itself, not its loading placeholder.
        const sceneReady = {
          network: 'neuron-0-0',
          graph: 'graph-output',
          training: 'training-iteration',
        }[scene];
        await expect(page.getByTestId(sceneReady)).toBeVisible();
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        expect(serious).toEqual([]);
      });
    }
  }
}

test('the share dialog builds a locked-down exercise link and an embed snippet', async ({
  page,
}) => {
  await page.goto('./?lang=en&step=9');
  await page.getByTestId('share-button').click();
  const plain = await page.getByTestId('share-link').inputValue();
  await page.getByText('Link options').click();
  await page.getByTestId('hide-editor').check();
  await page.getByTestId('hide-timeline').check();
  const locked = await page.getByTestId('share-link').inputValue();
  expect(locked).not.toBe(plain);
  await page.getByTestId('link-embed').check();
  await expect(page.getByTestId('embed-snippet')).toHaveValue(/^<iframe src="http.*\?s=1\./);
  // This page is unchanged; the link asks the receiver's page to hide the parts.
  await expect(page.getByRole('slider')).toHaveCount(1);
  await page.goto(locked);
  await expectStep(page, 9);
  await expect(page.getByRole('slider')).toHaveCount(0);
  await page.getByTestId('edge-0-0-0').click();
  await expect(page.getByTestId('edit-input')).toHaveCount(0);
});

test('presenter mode works in every scene, and Esc leaves it', async ({ page }) => {
  for (const scene of ['graph', 'training'] as const) {
    await page.goto(`./?lang=en&presenter=1&scene=${scene}`);
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.getByTestId('presenter-toggle')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.app-header')).toBeVisible();
  }
});
