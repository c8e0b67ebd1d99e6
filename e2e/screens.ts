import { expect, type Page } from '@playwright/test';

/** The screens a class uses, as the layout tests open them. */
export const SCREENS = {
  phone: { width: 390, height: 844, touch: true, query: '' },
  'phone-landscape': { width: 844, height: 390, touch: true, query: '' },
  tablet: { width: 820, height: 1180, touch: true, query: '' },
  'laptop-768': { width: 1366, height: 768, touch: false, query: '' },
  'laptop-900': { width: 1440, height: 900, touch: false, query: '' },
  desktop: { width: 1920, height: 1080, touch: false, query: '' },
  'embed-860': { width: 860, height: 520, touch: false, query: '&embed=1' },
  'embed-640': { width: 640, height: 400, touch: false, query: '&embed=1' },
} as const;
export type ScreenName = keyof typeof SCREENS;

export const SCENE_NAMES = ['network', 'graph', 'training'] as const;
export type SceneName = (typeof SCENE_NAMES)[number];
export const LANGS = ['en', 'zh'] as const;

/** The element each scene is ready with, and the box its diagram is drawn in. */
export const SCENE_READY: Record<SceneName, string> = {
  network: '[data-testid="neuron-0-0"]',
  graph: '[data-testid="graph-output"]',
  training: '[data-testid="training-iteration"]',
};
export const DIAGRAM_BOX: Record<SceneName, string | null> = {
  network: '.diagram-scroll',
  graph: '.graph-scroll',
  training: null,
};

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/** The bounding box of the first element matching `selector`, or null. */
export async function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    if (element === null) return null;
    const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
    return { left, top, right, bottom, width, height };
  }, selector);
}

/** How far the page, or the scene's own scrolling area, is wider than the screen. */
export async function sidewaysOverflow(page: Page): Promise<{ page: number; scene: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const scene = document.querySelector('main.scene');
    return {
      page: root.scrollWidth - root.clientWidth,
      scene: scene === null ? 0 : scene.scrollWidth - scene.clientWidth,
    };
  });
}

/** Opens a scene in a language and waits until it has drawn. */
export async function openScene(
  page: Page,
  scene: SceneName,
  lang: string,
  extra = '',
): Promise<void> {
  await page.goto(`./?scene=${scene}&lang=${lang}${extra}`);
  await expect(page.locator(SCENE_READY[scene]).first()).toBeVisible();
}

export interface TextSize {
  readonly text: string;
  readonly px: number;
  readonly svg: string | null;
}

/**
 * Every piece of text on screen with the size it is drawn at, in CSS pixels of the
 * viewport: HTML text at its font size times any CSS zoom above it, SVG text at its font
 * size times the SVG's scale on screen. Text that is not shown (outside the viewport, of no
 * size, hidden, or kept for screen readers only) is left out.
 */
export async function textSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const sizes: { text: string; px: number; svg: string | null }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (text === '' || element === null) continue;
      if (element.closest('.katex-mathml, .visually-hidden, [hidden]') !== null) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
        continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible') continue;
      let px = parseFloat(style.fontSize);
      const svg = element.closest('svg');
      if (element instanceof SVGGraphicsElement) {
        const m = element.getScreenCTM();
        px *= m === null ? 1 : Math.hypot(m.a, m.b);
      } else {
        px *= element.currentCSSZoom;
      }
      sizes.push({ text: text.slice(0, 40), px, svg: svg?.getAttribute('class') ?? null });
    }
    return sizes;
  });
}

/** Fails when two boxes overlap by more than a pixel. */
export function expectApart(a: Box, b: Box, what: string): void {
  const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  expect(overlapX <= 1 || overlapY <= 1, `${what} overlap`).toBe(true);
}

/** Fails unless `box` lies inside the viewport (to a pixel). */
export function expectOnScreen(
  box: Box,
  viewport: { width: number; height: number },
  what: string,
) {
  expect(box.left, `${what} left`).toBeGreaterThanOrEqual(-1);
  expect(box.top, `${what} top`).toBeGreaterThanOrEqual(-1);
  expect(box.right, `${what} right`).toBeLessThanOrEqual(viewport.width + 1);
  expect(box.bottom, `${what} bottom`).toBeLessThanOrEqual(viewport.height + 1);
}

/**
 * A one-finger stroke from `from` to `to`, as the touch screen sends it (Chrome DevTools
 * Protocol touch events, so the browser's own scrolling and gestures run as on a phone).
 */
export async function swipe(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (f: number) => [
    { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (const f of [0.25, 0.5, 0.75, 1])
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(f) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * A swipe as touch events dispatched in the page, for strokes to the right: headless
 * Chromium takes a real rightward touch stroke as the browser's Back gesture (overscroll
 * history navigation) before the page can use it, whatever the page's overscroll-behavior.
 */
export async function syntheticSwipe(
  page: Page,
  selector: string,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.evaluate(
    ({ selector, from, to }) => {
      const target = document.querySelector(selector);
      if (target === null) throw new Error(`no ${selector}`);
      const touch = (p: { x: number; y: number }) =>
        new Touch({ identifier: 1, target, clientX: p.x, clientY: p.y });
      const start = touch(from);
      target.dispatchEvent(
        new TouchEvent('touchstart', { bubbles: true, touches: [start], changedTouches: [start] }),
      );
      const end = touch(to);
      target.dispatchEvent(
        new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [end] }),
      );
    },
    { selector, from, to },
  );
}
