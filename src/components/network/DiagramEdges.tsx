import { memo, useMemo } from 'react';
import { useDerived } from '../../store/StoreProvider';
import { stepEdges } from './coarseDrawing';
import { EdgeLine } from './EdgeLine';
import { reverseGroupsOf, type EdgePair } from './edgePairs';
import type { NetworkLayout } from './layout';
import { ReverseEdge } from './ReverseEdge';

interface EdgesProps {
  readonly layers: readonly number[];
  /** The edges to draw, in groups (a layer each): a step re-renders only its groups. */
  readonly groups: readonly (readonly EdgePair[])[];
  readonly layout: NetworkLayout;
  /**
   * The wires are drawn in bundles on a layer of their own (WireLayer), and an edge draws
   * its own wire only while it is in use or focused: for a large network.
   */
  readonly bundled?: boolean;
}

/**
 * These edges in the forward network, and (from the first hidden layer on) the reverse one.
 * In groups of their own: a step that changes one edge made React visit each of its
 * 1,800 siblings in one list.
 */
export const DiagramEdges = memo(function DiagramEdges({
  layers,
  groups,
  layout,
  bundled = false,
}: EdgesProps) {
  const reverseGroups = useMemo(() => reverseGroupsOf(groups), [groups]);
  return (
    <>
      <g className="edges">
        {groups.map((pairs, i) => (
          <EdgeGroup key={i} layers={layers} pairs={pairs} layout={layout} bundled={bundled} />
        ))}
      </g>
      <g className="reverse-edges">
        {reverseGroups.map((pairs, i) => (
          <ReverseGroup key={i} pairs={pairs} layout={layout} bundled={bundled} />
        ))}
      </g>
    </>
  );
});

interface GroupProps {
  readonly pairs: readonly EdgePair[];
  readonly layout: NetworkLayout;
  readonly bundled: boolean;
}

const EdgeGroup = memo(function EdgeGroup({
  layers,
  pairs,
  layout,
  bundled,
}: GroupProps & { readonly layers: readonly number[] }) {
  return pairs.map(({ l, j, k }) => (
    <EdgeLine
      key={`e${l}-${k}-${j}`}
      layers={layers}
      layer={l}
      k={k}
      j={j}
      layout={layout}
      bundled={bundled}
    />
  ));
});

const ReverseGroup = memo(function ReverseGroup({ pairs, layout, bundled }: GroupProps) {
  return pairs.map(({ l, j, k }) => (
    <ReverseEdge key={`r${l}-${k}-${j}`} layer={l} k={k} j={j} layout={layout} bundled={bundled} />
  ));
});

interface CoarseProps {
  readonly layers: readonly number[];
  readonly layout: NetworkLayout;
}

/**
 * Drawn coarse, the edges the current step uses, as elements of their own over the
 * bundled wires. Only this follows the step: the rest of the diagram does not re-render.
 */
export function CoarseStepEdges({ layers, layout }: CoarseProps) {
  const step = useDerived((select, s) => select.currentStep(s));
  const groups = useMemo(() => {
    const used = step === undefined ? [] : stepEdges(step.writes, step.reads);
    return [used.map(({ l, k, j }) => ({ l, j, k }))];
  }, [step]);
  return <DiagramEdges layers={layers} groups={groups} layout={layout} />;
}
