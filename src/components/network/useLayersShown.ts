import { startTransition, useEffect, useState } from 'react';

/**
 * How many of the network's layers to draw, from the input layer on. A large network's
 * elements are drawn a layer at a time (`progressive`), one task each, so that the page
 * shows the frame and the first layers at once instead of blocking for seconds; any other
 * network is drawn whole at once. New layer sizes start over. Each layer is a transition:
 * React renders it in slices of a few milliseconds, and a key press comes first.
 */
export function useLayersShown(layers: readonly number[], progressive: boolean): number {
  const total = layers.length;
  const [progress, setProgress] = useState({ of: layers, shown: 1 });
  const shown = !progressive ? total : progress.of === layers ? progress.shown : 1;
  useEffect(() => {
    if (shown >= total) return undefined;
    const timer = setTimeout(
      () => startTransition(() => setProgress({ of: layers, shown: shown + 1 })),
      0,
    );
    return () => clearTimeout(timer);
  }, [layers, shown, total]);
  return Math.min(shown, total);
}
