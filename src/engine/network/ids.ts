import { assertNever } from '../../lib/assertNever';

/**
 * Stable ids. DOM ids follow DESIGN.md's test hooks; quantity keys name one number of the
 * trace. Layer numbers are DOM layer numbers: 0 is the input layer.
 */
export const ids = {
  neuron: (layer: number, j: number) => `neuron-${layer}-${j}`,
  edge: (layer: number, k: number, j: number) => `edge-${layer}-${k}-${j}`,
  bias: (layer: number, j: number) => `bias-${layer}-${j}`,
  amp: (layer: number, j: number) => `amp-${layer}-${j}`,
  /** The target of output j of the current sample. */
  target: (j: number) => `target-${j}`,
  loss: 'loss',
} as const;

/** A network element, as its DOM id names it (see {@link ids}). */
export type ElementId =
  | { readonly kind: 'neuron'; readonly layer: number; readonly j: number }
  /** The weight from neuron k of `layer` to neuron j of `layer + 1`: `weights[layer][j][k]`. */
  | { readonly kind: 'edge'; readonly layer: number; readonly k: number; readonly j: number }
  | { readonly kind: 'bias'; readonly layer: number; readonly j: number }
  | { readonly kind: 'amp'; readonly layer: number; readonly j: number }
  | { readonly kind: 'target'; readonly j: number }
  | { readonly kind: 'loss' };

/** A whole number as the id builders write it: no leading zeros, at most nine digits. */
const INDEX = '(0|[1-9][0-9]{0,8})';
const PAIR = new RegExp(`^(neuron|bias|amp)-${INDEX}-${INDEX}$`);
const EDGE = new RegExp(`^edge-${INDEX}-${INDEX}-${INDEX}$`);
const TARGET = new RegExp(`^target-${INDEX}$`);

/**
 * The element a DOM id names, or null when it names none of the network's (a graph id,
 * a malformed one). The inverse of {@link ids}: `idOf(parseId(id))` is `id`.
 */
export function parseId(id: string): ElementId | null {
  if (id === ids.loss) return { kind: 'loss' };
  const pair = PAIR.exec(id);
  if (pair !== null) {
    const [, kind, layer, j] = pair;
    if (kind !== 'neuron' && kind !== 'bias' && kind !== 'amp') return null;
    return { kind, layer: Number(layer), j: Number(j) };
  }
  const edge = EDGE.exec(id);
  if (edge !== null)
    return { kind: 'edge', layer: Number(edge[1]), k: Number(edge[2]), j: Number(edge[3]) };
  const target = TARGET.exec(id);
  return target === null ? null : { kind: 'target', j: Number(target[1]) };
}

/** The DOM id of an element. */
export function idOf(element: ElementId): string {
  switch (element.kind) {
    case 'neuron':
      return ids.neuron(element.layer, element.j);
    case 'edge':
      return ids.edge(element.layer, element.k, element.j);
    case 'bias':
      return ids.bias(element.layer, element.j);
    case 'amp':
      return ids.amp(element.layer, element.j);
    case 'target':
      return ids.target(element.j);
    case 'loss':
      return ids.loss;
    default:
      return assertNever(element);
  }
}

/** Quantity keys of the network trace (see Trace.values). */
export const keys = {
  a: (layer: number, j: number) => `a:${layer}:${j}`,
  z: (layer: number, j: number) => `z:${layer}:${j}`,
  gain: (layer: number, j: number) => `gain:${layer}:${j}`,
  dCda: (layer: number, j: number) => `dCda:${layer}:${j}`,
  delta: (layer: number, j: number) => `delta:${layer}:${j}`,
  y: (j: number) => `y:${j}`,
  w: (layer: number, k: number, j: number) => `w:${layer}:${k}:${j}`,
  b: (layer: number, j: number) => `b:${layer}:${j}`,
  dW: (layer: number, k: number, j: number) => `dW:${layer}:${k}:${j}`,
  db: (layer: number, j: number) => `db:${layer}:${j}`,
  /** ∂L/∂w over all samples, used by the update. */
  dLdW: (layer: number, k: number, j: number) => `dLdW:${layer}:${k}:${j}`,
  dLdb: (layer: number, j: number) => `dLdb:${layer}:${j}`,
  wNext: (layer: number, k: number, j: number) => `wNext:${layer}:${k}:${j}`,
  bNext: (layer: number, j: number) => `bNext:${layer}:${j}`,
  loss: 'loss',
} as const;
