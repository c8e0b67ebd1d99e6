import { parseId } from '../../engine';
import { EDITOR_LIMITS } from '../../store/networkEdits';
import type { NetworkLayout } from './layout';
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

/** The colours of the two signs, read from the page's theme. */
export interface WireColours {
  readonly positive: string;
  readonly negative: string;
}

/**
 * Draws every wire of both networks into `ctx` (already scaled to layout units), as one
 * path per sign and network: forward wires leave every layer but the output, reverse
 * wires exist from the first hidden layer on.
 */
export function drawWires(
  ctx: CanvasRenderingContext2D,
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  layout: NetworkLayout,
  colours: WireColours,
): void {
  for (const negative of [false, true]) {
    for (const reverse of [false, true]) {
      ctx.beginPath();
      for (let l = reverse ? 1 : 0; l < layers.length - 1; l++) {
        for (let j = 0; j < (layers[l + 1] ?? 0); j++) {
          for (let k = 0; k < (layers[l] ?? 0); k++) {
            if ((weights[l]?.[j]?.[k] ?? 0) < 0 !== negative) continue;
            const wire = reverse ? reverseWire(layout, l, k, j) : forwardWire(layout, l, k, j);
            ctx.moveTo(wire.start.x, wire.start.y);
            ctx.lineTo(wire.end.x, wire.end.y);
          }
        }
      }
      ctx.strokeStyle = negative ? colours.negative : colours.positive;
      ctx.stroke();
    }
  }
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
