import { memo, useMemo } from 'react';
import { cx } from '../common/classNames';
import type { EdgePair } from './edgePairs';
import type { NetworkLayout } from './layout';
import { bundleWires } from './wireBundles';
import { forwardWire, reverseWire } from './wires';

interface Props {
  /** The edges of one layer. */
  readonly pairs: readonly EdgePair[];
  /** The scenario's weights, [layer][j][k]. */
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly layout: NetworkLayout;
  /** The reverse network's twins of these wires rather than the forward ones. */
  readonly reverse: boolean;
}

/**
 * The wires of a layer of a large network as a few paths (wireBundles.ts), under the
 * edges: each edge then draws its own wire only while a step uses it or it has the focus.
 * The bundles carry the classes of an edge, so the theme and density rules style them as
 * they style a wire of its own. The pointer passes through them to the edges' bands.
 */
export const WireBundles = memo(function WireBundles({ pairs, weights, layout, reverse }: Props) {
  const bundles = useMemo(
    () =>
      bundleWires(
        pairs,
        ({ l, j, k }) => weights[l]?.[j]?.[k] ?? 0,
        ({ l, j, k }) => (reverse ? reverseWire(layout, l, k, j) : forwardWire(layout, l, k, j)),
      ),
    [pairs, weights, layout, reverse],
  );
  return (
    <g className="wire-bundles" aria-hidden="true">
      {bundles.map(({ negative, dashed, width, d }) => (
        <g
          key={`${negative}-${dashed}-${width}`}
          className={cx('edge', reverse && 'reverse', negative ? 'negative' : 'positive')}
        >
          <path className={cx('wire', dashed && 'dashed')} d={d} strokeWidth={width} />
        </g>
      ))}
    </g>
  );
});
