import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * Typesets `tex` into `element`. KaTeX builds the DOM itself from TeX (never from HTML),
 * `trust` stays off, and errors render in red rather than throwing.
 */
export function renderTex(tex: string, element: HTMLElement): void {
  katex.render(tex, element, {
    throwOnError: false,
    displayMode: true,
    trust: false,
    strict: 'ignore',
  });
}

/**
 * Readies KaTeX ahead of the first formula: loads the faces every formula uses (roman and
 * math italic) and typesets one formula off the page, so that its code is compiled. Left
 * to the first step, the fonts arrived in the middle of it (a new font makes the browser
 * lay the whole page out again: 40 ms on a large network) and the first typesetting took
 * 25 ms more.
 */
export function warmUp(): void {
  if (typeof document === 'undefined') return;
  for (const font of ['1em KaTeX_Main', 'italic 1em KaTeX_Math'])
    document.fonts.load(font).catch(() => undefined); // a formula then loads it itself
  katex.renderToString('a_1 = \\sigma(z_1) = \\frac{1}{1 + e^{-z_1}} = 0.5', {
    throwOnError: false,
    displayMode: true,
  });
}
