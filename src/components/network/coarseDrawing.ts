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

/** One bundle of wires of one sign, as a single SVG path. */
export interface WireBundle {
  readonly key: string;
  readonly negative: boolean;
  readonly reverse: boolean;
  readonly d: string;
}

const point = (p: { x: number; y: number }) =>
  `${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10}`;

/**
 * Every wire of both networks, as one path per layer, sign and network (forward wires
 * leave every layer but the output; reverse wires exist from the first hidden layer on).
 */
export function wireBundles(
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  layout: NetworkLayout,
): WireBundle[] {
  const bundles: WireBundle[] = [];
  for (let l = 0; l < layers.length - 1; l++) {
    const parts = {
      fp: [] as string[],
      fn: [] as string[],
      rp: [] as string[],
      rn: [] as string[],
    };
    for (let j = 0; j < (layers[l + 1] ?? 0); j++) {
      for (let k = 0; k < (layers[l] ?? 0); k++) {
        const negative = (weights[l]?.[j]?.[k] ?? 0) < 0;
        const f = forwardWire(layout, l, k, j);
        (negative ? parts.fn : parts.fp).push(`M${point(f.start)}L${point(f.end)}`);
        if (l === 0) continue;
        const r = reverseWire(layout, l, k, j);
        (negative ? parts.rn : parts.rp).push(`M${point(r.start)}L${point(r.end)}`);
      }
    }
    const add = (key: string, negative: boolean, reverse: boolean, d: string[]) => {
      if (d.length > 0) bundles.push({ key: `${key}${l}`, negative, reverse, d: d.join('') });
    };
    add('fp', false, false, parts.fp);
    add('fn', true, false, parts.fn);
    add('rp', false, true, parts.rp);
    add('rn', true, true, parts.rn);
  }
  return bundles;
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
