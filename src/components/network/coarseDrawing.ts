import { parseId } from '../../engine';
import { EDITOR_LIMITS } from '../../store/networkEdits';
import type { NetworkLayout } from './layout';
import type { WirePath } from './wirePaint';
import { putForwardWire, putReverseWire } from './wires';

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
 * 86,000 wires: two passes per network and no object per wire; an object per wire and
 * four passes took 40–60 ms of the task after Apply update on 12 × 64); the wire painter
 * strokes them, off the page's thread where it can.
 */
export function wireSegments(
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  layout: NetworkLayout,
): WirePath[] {
  const forward = networkSegments(layers, weights, layout, 0, putForwardWire);
  const reverse = networkSegments(layers, weights, layout, 1, putReverseWire);
  return [
    { sign: 'positive', segments: forward.positive },
    { sign: 'positive', segments: reverse.positive },
    { sign: 'negative', segments: forward.negative },
    { sign: 'negative', segments: reverse.negative },
  ];
}

/** One network's wires from layer `first` on, split by the sign of their weight. */
function networkSegments(
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  layout: NetworkLayout,
  first: number,
  put: typeof putForwardWire,
): { positive: Float32Array; negative: Float32Array } {
  let all = 0;
  let negatives = 0;
  for (let l = first; l < layers.length - 1; l++) {
    const W = weights[l];
    const into = layers[l + 1] ?? 0;
    const from = layers[l] ?? 0;
    for (let j = 0; j < into; j++) {
      const row = W?.[j];
      for (let k = 0; k < from; k++) if ((row?.[k] ?? 0) < 0) negatives++;
      all += from;
    }
  }
  const positive = new Float32Array((all - negatives) * 4);
  const negative = new Float32Array(negatives * 4);
  let atPositive = 0;
  let atNegative = 0;
  for (let l = first; l < layers.length - 1; l++) {
    const W = weights[l];
    const into = layers[l + 1] ?? 0;
    const from = layers[l] ?? 0;
    for (let j = 0; j < into; j++) {
      const row = W?.[j];
      for (let k = 0; k < from; k++) {
        if ((row?.[k] ?? 0) < 0) {
          put(negative, atNegative, layout, l, k, j);
          atNegative += 4;
        } else {
          put(positive, atPositive, layout, l, k, j);
          atPositive += 4;
        }
      }
    }
  }
  return { positive, negative };
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
