/**
 * What the Export menu offers, and how it finds the diagram. Kept apart from the exports
 * themselves (exportActions.ts), which load only when one is picked.
 */
export const EXPORT_KINDS = ['svg', 'png', 'csv', 'json', 'numpy'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * The scene's main diagram: the largest SVG drawn inside `main.scene`, leaving out the
 * hidden ones (the flow animation's layer over the network has the diagram's very size).
 */
export function findDiagram(doc: Document = document): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of doc.querySelectorAll<SVGSVGElement>('main.scene svg')) {
    if (svg.parentElement?.closest('svg') !== null) continue;
    if (svg.getAttribute('aria-hidden') === 'true') continue;
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}
