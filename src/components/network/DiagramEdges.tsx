import { memo, useMemo } from 'react';
import { useDerived } from '../../store/StoreProvider';
import { stepEdges } from './coarseDrawing';
import { EdgeLine } from './EdgeLine';
import type { NetworkLayout } from './layout';
import { ReverseEdge } from './ReverseEdge';

/** An edge of the network: from neuron k of layer l to neuron j of layer l + 1. */
/** An edge, from neuron k of layer l to neuron j of layer l + 1 (its weight comes from the feed). */
export interface EdgePair {
  readonly l: number;
  readonly j: number;
  readonly k: number;
}

interface EdgesProps {
  readonly layers: readonly number[];
  readonly pairs: readonly EdgePair[];
  readonly layout: NetworkLayout;
}

/** These edges in the forward network, and (from the first hidden layer on) the reverse one. */
export const DiagramEdges = memo(function DiagramEdges({ layers, pairs, layout }: EdgesProps) {
  return (
    <>
      <g className="edges">
        {pairs.map(({ l, j, k }) => (
          <EdgeLine key={`e${l}-${k}-${j}`} layers={layers} layer={l} k={k} j={j} layout={layout} />
        ))}
      </g>
      <g className="reverse-edges">
        {pairs
          .filter(({ l }) => l > 0)
          .map(({ l, j, k }) => (
            <ReverseEdge key={`r${l}-${k}-${j}`} layer={l} k={k} j={j} layout={layout} />
          ))}
      </g>
    </>
  );
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
  const pairs = useMemo(() => {
    const used = step === undefined ? [] : stepEdges(step.writes, step.reads);
    return used.map(({ l, k, j }) => ({ l, j, k }));
  }, [step]);
  return <DiagramEdges layers={layers} pairs={pairs} layout={layout} />;
}
