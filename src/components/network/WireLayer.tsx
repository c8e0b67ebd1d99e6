import { memo, useMemo } from 'react';
import { reverseGroupsOf, type EdgePair } from './edgePairs';
import type { NetworkLayout } from './layout';
import { WireBundles } from './WireBundles';

interface Props {
  /** The edges shown, a list per layer. */
  readonly groups: readonly (readonly EdgePair[])[];
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly layout: NetworkLayout;
  readonly scale: number;
}

/**
 * The wires of a large network, in bundles, on an SVG of their own under the diagram (the
 * same size and viewBox). It is composited apart, so a step, which changes the diagram,
 * does not make the browser rasterise its thousands of wires again: in one SVG, a step of
 * the 8 × 16 network re-rasterised them for 40 ms after every frame it drew. The diagram's
 * own classes (density, layout) come with it, so the wires look as they would in it. It
 * is marked `data-underlay`: an exported image draws it under the diagram.
 */
export const WireLayer = memo(function WireLayer({ groups, weights, layout, scale }: Props) {
  const reverseGroups = useMemo(() => reverseGroupsOf(groups), [groups]);
  return (
    <svg
      className={`wire-layer density-${layout.density} layout-${layout.type}`}
      data-testid="wire-layer"
      data-underlay="true"
      width={Math.round(layout.width * scale)}
      height={Math.round(layout.height * scale)}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
    >
      <g className="edges">
        {groups.map((pairs, i) => (
          <WireBundles key={i} pairs={pairs} weights={weights} layout={layout} reverse={false} />
        ))}
      </g>
      <g className="reverse-edges">
        {reverseGroups.map((pairs, i) => (
          <WireBundles key={i} pairs={pairs} weights={weights} layout={layout} reverse={true} />
        ))}
      </g>
    </svg>
  );
});
