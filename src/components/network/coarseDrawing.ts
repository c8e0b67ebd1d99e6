import { parseId } from '../../engine';
import { EDITOR_LIMITS } from '../../store/networkEdits';
import type { NetworkLayout } from './layout';
import type { WirePath } from './wirePaint';
import { forwardWire, reverseWire } from './wires';

/**
 * Beyond the editor's limits (more hidden layers or wider layers than a person can edit
 * on screen; files and links may hold up to 12 layers of 64) the diagram is drawn coarse:
 * the weights as a few bundled paths instead of one element each, no labels on the
 * diagram (the inspector shows every number), and only the edges the current step uses
 * as elements of their own. A 12 × 64 network has 86,000 wires: one element each froze
 * the page for seconds.
 */
export function isCoarse(layers: readonly number[]): boolean {
  const hidden = layers.length - 2;
  return hidden > EDITOR_LIMITS.hiddenLayers || layers.some((n) => n > EDITOR_LIMITS.neurons);
}

/**
 * Every wire of both networks as line segments (x0, y0, x1, y1 in layout units), one list
 * per network and sign: forward wires leave every layer but the output, reverse wires
 * exist from the first hidden layer on. The page computes them (a few milliseconds for
 * 86,000 wires); the wire painter strokes them, off the page's thread where it can.
 */
export function wireSegments(
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  layout: NetworkLayout,
): WirePath[] {
  const paths: WirePath[] = [];
  const sign = (l: number, j: number, k: number) =>
    (weights[l]?.[j]?.[k] ?? 0) < 0 ? 'negative' : 'positive';
  for (const wanted of ['positive', 'negative'] as const) {
    for (const reverse of [false, true]) {
      const first = reverse ? 1 : 0;
      let count = 0;
      for (let l = first; l < layers.length - 1; l++)
        for (let j = 0; j < (layers[l + 1] ?? 0); j++)
          for (let k = 0; k < (layers[l] ?? 0); k++) if (sign(l, j, k) === wanted) count++;
      const segments = new Float32Array(count * 4);
      let at = 0;
      for (let l = first; l < layers.length - 1; l++) {
        for (let j = 0; j < (layers[l + 1] ?? 0); j++) {
          for (let k = 0; k < (layers[l] ?? 0); k++) {
            if (sign(l, j, k) !== wanted) continue;
            const wire = reverse ? reverseWire(layout, l, k, j) : forwardWire(layout, l, k, j);
            segments[at++] = wire.start.x;
            segments[at++] = wire.start.y;
            segments[at++] = wire.end.x;
            segments[at++] = wire.end.y;
          }
        }
      }
      paths.push({ sign: wanted, segments });
    }
  }
  return paths;
}

/** The edges a step writes or reads, as [layer, k, j], each once, in the step's order. */
export function stepEdges(
  writes: readonly string[],
  reads: readonly string[],
): { l: number; k: number; j: number }[] {
  const seen = new Set<string>();
  const edges: { l: number; k: number; j: number }[] = [];
  for (const id of [...writes, ...reads]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const element = parseId(id);
    if (element?.kind === 'edge') edges.push({ l: element.layer, k: element.k, j: element.j });
  }
  return edges;
}
