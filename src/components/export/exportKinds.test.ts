// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findDiagram } from './exportKinds';

/** A page with these SVGs in its scene, each `width` × `height` on screen. */
function page(svgs: { id: string; size: number; hidden?: boolean }[]): Document {
  document.body.innerHTML = `<main class="scene">${svgs
    .map((s) => `<svg id="${s.id}"${s.hidden ? ' aria-hidden="true"' : ''}></svg>`)
    .join('')}</main>`;
  for (const s of svgs) {
    const element = document.getElementById(s.id);
    if (element !== null)
      element.getBoundingClientRect = () => ({ width: s.size, height: s.size }) as DOMRect;
  }
  return document;
}

describe('findDiagram', () => {
  it('takes the largest SVG of the scene', () => {
    const doc = page([
      { id: 'icon', size: 16 },
      { id: 'diagram', size: 600 },
    ]);
    expect(findDiagram(doc)?.id).toBe('diagram');
  });

  it('never takes a hidden layer, even one as large as the diagram and drawn over it', () => {
    const doc = page([
      { id: 'overlay', size: 900, hidden: true },
      { id: 'diagram', size: 600 },
    ]);
    expect(findDiagram(doc)?.id).toBe('diagram');
  });
});
