import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  boxOf,
  DIAGRAM_BOX,
  expectApart,
  expectOnScreen,
  LANGS,
  openScene,
  SCENE_NAMES,
  SCREENS,
  sidewaysOverflow,
  swipe,
  syntheticSwipe,
  type SceneName,
  type ScreenName,
} from './screens';
import { zh } from '../src/i18n/zh';
import { expectStep, stepPosition, watchErrors } from './support';

/** Where each scene is checked: keys that move it, from its first step. */
const WALK: Record<SceneName, readonly string[][]> = {
  network: [[], Array<string>(19).fill('ArrowRight'), Array<string>(6).fill('ArrowRight'), ['End']],
  graph: [[], ['ArrowRight', 'ArrowRight', 'ArrowRight'], ['End']],
  training: [[]],
};

/** The page's layout, as it says on its root element. */
const layoutOf = (page: Page) => page.locator('.app').getAttribute('data-layout');

/** The diagram's box, the step card and the stepper: on screen, none under another. */
async function expectScreenHolds(page: Page, screen: ScreenName, scene: SceneName, where: string) {
  const viewport = SCREENS[screen];
  const overflow = await sidewaysOverflow(page);
  expect(overflow.page, `page wider than the screen, ${where}`).toBeLessThanOrEqual(0);
  expect(overflow.scene, `scene wider than its area, ${where}`).toBeLessThanOrEqual(1);
  const stepper = await boxOf(page, '.stepper');
  const card = await boxOf(page, '[data-testid="step-card"]');
  const selector = DIAGRAM_BOX[scene];
  const diagram = selector === null ? null : await boxOf(page, selector);
  if (stepper !== null) expectOnScreen(stepper, viewport, `stepper, ${where}`);
  if (diagram !== null) {
    expectOnScreen(diagram, viewport, `diagram, ${where}`);
    expect(diagram.height, `diagram height, ${where}`).toBeGreaterThanOrEqual(140);
    if (stepper !== null) expectApart(diagram, stepper, `diagram and stepper, ${where}`);
  }
  const cardLayouts: readonly ScreenName[] = ['phone', 'phone-landscape', 'embed-860', 'embed-640'];
  if (scene !== 'training' && cardLayouts.includes(screen)) {
    expect(card, `step card, ${where}`).not.toBeNull();
    if (card === null || diagram === null) return;
    expectOnScreen(card, viewport, `step card, ${where}`);
    expect(card.height, `step card height, ${where}`).toBeGreaterThanOrEqual(80);
    expectApart(card, diagram, `step card and diagram, ${where}`);
    if (stepper !== null) expectApart(card, stepper, `step card and stepper, ${where}`);
  }
}

for (const [screen, size] of Object.entries(SCREENS) as [
  ScreenName,
  (typeof SCREENS)[ScreenName],
][]) {
  test.describe(`${screen} (${size.width}×${size.height})`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      hasTouch: size.touch,
      isMobile: size.touch,
    });

    // One test per scene and language: each opens the scene and walks it through its steps.
    for (const scene of SCENE_NAMES)
      for (const lang of LANGS)
        test(`${scene} in ${lang}: nothing wider than the screen, the diagram, card and stepper on screen and apart`, async ({
          page,
        }) => {
          const errors = watchErrors(page);
          await openScene(page, scene, lang, size.query);
          for (const keys of WALK[scene]) {
            for (const key of keys) await page.keyboard.press(key);
            // The training scene has no step count (it counts iterations).
            const step = scene === 'training' ? 'iteration 0' : `step ${await stepPosition(page)}`;
            const where = `${scene}, ${lang}, ${step}`;
            // A scene's lazy styles and KaTeX may land a moment after the step: the layout
            // must hold once they have (a layout that never holds still fails).
            await expect(() => expectScreenHolds(page, screen, scene, where)).toPass({
              timeout: 5_000,
            });
          }
          expect(errors).toEqual([]);
        });

    test('axe: no serious or critical violation, in the network and graph scenes', async ({
      page,
    }) => {
      for (const scene of ['network', 'graph'] as const) {
        await openScene(page, scene, 'zh', `${size.query}&step=8&chapter=4`);
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        expect(serious, `${scene} at ${screen}`).toEqual([]);
      }
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first screen is the diagram: a one-row header, the introduction folded, the card pinned', async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await page.goto(`./?lang=${lang}&chapter=4`);
      await expect(page.locator('.app')).toHaveAttribute('data-layout', 'phone');
      const header = await boxOf(page, '.app-header');
      expect(header?.height ?? 0, 'header: one row').toBeLessThanOrEqual(56);
      // The scene tabs (gradient descent last) and the menu are never cut off.
      for (const selector of ['.scene-tabs .tab:last-child', '[data-testid="header-menu"]']) {
        const box = await boxOf(page, selector);
        expect(box, selector).not.toBeNull();
        if (box !== null) expectOnScreen(box, { width: 390, height: 844 }, selector);
      }
      const intro = page.getByTestId('chapter-intro');
      await expect(intro).toHaveAttribute('data-expanded', 'false');
      expect((await boxOf(page, '[data-testid="chapter-intro"]'))?.height ?? 0).toBeLessThan(56);
      // The reader can unfold it, and the chapter buttons stay reachable by name.
      await intro.getByRole('button', { expanded: false }).click();
      await expect(intro).toHaveAttribute('data-expanded', 'true');
      await expect(
        page.getByRole('button', { name: lang === 'en' ? 'Next chapter' : '下一章' }),
      ).toBeVisible();
      // Everything else is in the menu.
      await page.getByTestId('header-menu').click();
      await expect(page.getByTestId('share-button')).toBeVisible();
      await expect(page.getByTestId('theme-select')).toBeVisible();
      await expect(page.getByTestId('chapter-menu')).toBeVisible();
      // …as one column of controls a row high each, every label centred in its button; the
      // closed Share dialog in it draws nothing.
      const rows = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.header-menu-panel :is(select, button, dialog:not([open]))',
          ),
        ].map((el) => {
          const box = el.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          return {
            what: `${el.tagName} ${el.textContent?.trim().slice(0, 12) ?? ''}`,
            height: box.height,
            dialog: el.tagName === 'DIALOG',
            offCentre:
              el.tagName === 'BUTTON' && text.width > 0
                ? Math.abs(text.left + text.width / 2 - (box.left + box.width / 2))
                : 0,
          };
        }),
      );
      for (const row of rows) {
        if (row.dialog) expect(row.height, row.what).toBe(0);
        else expect(row.height, row.what).toBeLessThan(56);
        expect(row.offCentre, row.what).toBeLessThan(3);
      }
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('share-button')).toBeHidden();
    }
  });

  test('the lecture’s first circuit fits the screen whole, its output included', async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await page.goto(`./?scene=graph&lang=${lang}`);
      await expect(page.getByTestId('graph-output')).toBeVisible();
      const box = await page.evaluate(() => {
        const scroll = document.querySelector('.graph-scroll');
        return { scroll: scroll?.scrollWidth ?? 0, client: scroll?.clientWidth ?? 0 };
      });
      expect(box.scroll, lang).toBeLessThanOrEqual(box.client);
      await expect(page.getByTestId('graph-output')).toBeInViewport({ ratio: 1 });
    }
  });

  test('the step card stays on screen while the panels below the diagram scroll into view', async ({
    page,
  }) => {
    await page.goto('./?lang=en&step=19');
    const card = page.getByTestId('step-card');
    await expect(card).toContainText('neuron 3’s op-amp');
    await page.getByTestId('network-settings').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('network-settings')).toBeInViewport();
    await expect(card).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('swiping on the diagram or the card steps; scrolling up and down does not', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./?lang=zh&step=10');
    const diagram = await boxOf(page, '.diagram-scroll');
    const card = await boxOf(page, '[data-testid="step-card"]');
    if (diagram === null || card === null) throw new Error('no diagram or card');
    const mid = (b: typeof diagram) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    const d = mid(diagram);
    await swipe(page, { x: d.x + 120, y: d.y }, { x: d.x - 120, y: d.y + 10 });
    await expectStep(page, 11);
    const c = mid(card);
    await syntheticSwipe(
      page,
      '[data-testid="step-card"]',
      { x: c.x - 120, y: c.y },
      { x: c.x + 120, y: c.y },
    );
    await expectStep(page, 10);
    // Up and down is scrolling, never a step.
    await swipe(page, { x: d.x, y: d.y + 150 }, { x: d.x + 20, y: d.y - 150 });
    await page.waitForTimeout(300);
    await expectStep(page, 10);
    // Zoomed in, the finger pans the diagram instead.
    // Zoom in a few times (the + button stops at the largest scale).
    const zoomIn = page.getByRole('button', { name: zh['zoom.in'], exact: true });
    for (let i = 0; i < 4 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.querySelector('.diagram-scroll');
          return box === null ? 0 : box.scrollWidth - box.clientWidth;
        }),
      )
      .toBeGreaterThan(0);
    await swipe(page, { x: d.x + 120, y: d.y }, { x: d.x - 120, y: d.y });
    await page.waitForTimeout(300);
    await expectStep(page, 10);
    expect(errors).toEqual([]);
  });

  test('timeline phase names never run into each other, in either language', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`./?lang=${lang}&step=14`);
      await page.locator('.phase-labels[data-fitted="true"]').waitFor();
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.phase-label')].flatMap((label) => {
          const range = document.createRange();
          range.selectNodeContents(label);
          const r = range.getBoundingClientRect();
          const band = label.getBoundingClientRect();
          return r.width === 0 ? [] : [{ left: r.left, right: r.right, bandRight: band.right }];
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const [i, b] of boxes.entries()) {
        expect(b.right, `label ${i} inside its band (${lang})`).toBeLessThanOrEqual(
          b.bandRight + 0.5,
        );
        const next = boxes[i + 1];
        if (next !== undefined)
          expect(b.right, `label ${i} before the next`).toBeLessThan(next.left);
      }
    }
  });
});

for (const size of [SCREENS['laptop-768'], SCREENS['laptop-900']]) {
  test(`laptop ${size.width}×${size.height} with a chapter open: the diagram's box ends above the stepper`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('./?lang=en&chapter=4');
    await expect(page.getByTestId('chapter-intro')).toHaveAttribute('data-expanded', 'true');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expectStep(page, 25);
    const intro = await boxOf(page, '[data-testid="chapter-intro"]');
    const box = await boxOf(page, '.diagram-scroll');
    const stepper = await boxOf(page, '.stepper');
    if (intro === null || box === null || stepper === null) throw new Error('missing part');
    expect(box.top).toBeGreaterThanOrEqual(intro.bottom);
    expect(box.bottom).toBeLessThanOrEqual(stepper.top);
    expect(box.height).toBeGreaterThan(300);
    expect(await layoutOf(page)).toBe('laptop');
    // Folding the introduction gives the diagram its room.
    await page.getByTestId('chapter-intro').getByRole('button', { expanded: true }).click();
    await expect
      .poll(async () => (await boxOf(page, '.diagram-scroll'))?.height ?? 0)
      .toBeGreaterThan(box.height + 30);
  });
}
