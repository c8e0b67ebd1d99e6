/** An edge, from neuron k of layer l to neuron j of layer l + 1 (its weight comes from the feed). */
export interface EdgePair {
  readonly l: number;
  readonly j: number;
  readonly k: number;
}

/** Every edge of the network in drawing order, a list per layer it leaves. */
export function pairsByLayer(layers: readonly number[]): EdgePair[][] {
  return layers.slice(0, -1).map((fanIn, l) =>
    Array.from({ length: (layers[l + 1] ?? 0) * fanIn }, (_, i) => ({
      l,
      j: Math.floor(i / fanIn),
      k: i % fanIn,
    })),
  );
}

/**
 * The same groups in the reverse network, which starts at the first hidden layer: each
 * group without its edges leaving the input layer (the same list when it has none, so
 * that a memoised group is not drawn again).
 */
export function reverseGroupsOf(groups: readonly (readonly EdgePair[])[]): (readonly EdgePair[])[] {
  return groups.map((pairs) =>
    pairs.every(({ l }) => l > 0) ? pairs : pairs.filter(({ l }) => l > 0),
  );
}

/**
 * From this many weights on, a network is large: drawn after the first paint and a layer
 * at a time (usePanelBox, useLayersShown), its wires in bundles (WireLayer).
 */
const LARGE_FROM_EDGES = 600;

/** Whether the network of these layer sizes is large (see LARGE_FROM_EDGES). */
export function isLarge(layers: readonly number[]): boolean {
  const edges = layers.slice(0, -1).reduce((n, fanIn, l) => n + fanIn * (layers[l + 1] ?? 0), 0);
  return edges > LARGE_FROM_EDGES;
}
