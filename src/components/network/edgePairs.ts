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
