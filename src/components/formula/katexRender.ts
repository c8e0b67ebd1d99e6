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
