import { memo, useMemo } from 'react';
import type { NetworkLayout } from './layout';
import { wireBundles } from './coarseDrawing';

interface Props {
  readonly layers: readonly number[];
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly layout: NetworkLayout;
}

/**
 * The wires of a network drawn coarse (see isCoarse): a handful of paths, built once per
 * layout and weights, that the pointer passes through (the nodes and the inspector carry
 * the numbers).
 */
export const WireBundles = memo(function WireBundles({ layers, weights, layout }: Props) {
  const bundles = useMemo(() => wireBundles(layers, weights, layout), [layers, weights, layout]);
  return (
    <g className="wire-bundles" aria-hidden="true">
      {bundles.map((b) => (
        <path
          key={b.key}
          className={`bundle${b.negative ? ' negative' : ' positive'}${b.reverse ? ' reverse' : ''}`}
          d={b.d}
        />
      ))}
    </g>
  );
});
