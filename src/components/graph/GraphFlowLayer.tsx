import { select } from 'd3';
import { useEffect, useRef } from 'react';
import type { GraphAnalysis } from '../../engine';
import { useAppStoreApi } from '../../store/StoreProvider';
import { animatePulse, animateToken, prefersReducedMotion } from '../common/flowAnimation';
import { pointAlong } from './geometry';
import { graphFlow } from './graphFlow';
import type { GraphLayout } from './layout';

/** Milliseconds a value takes to travel a wire at 1× speed. */
const TRAVEL_MS = 700;

/**
 * Animates each step as it runs: values travel along the wires into a gate (forward, left
 * to right), gradients travel back out of it (backward, right to left). D3 owns this
 * group's children entirely (React renders it empty), so React never snaps an attribute
 * mid-transition. It subscribes to the store and reacts to the cursor moving one step on.
 */
export function GraphFlowLayer({
  analysis,
  layout,
}: {
  analysis: GraphAnalysis;
  layout: GraphLayout;
}) {
  const ref = useRef<SVGGElement>(null);
  const { store, select: derive } = useAppStoreApi();

  useEffect(() => {
    const group = ref.current;
    if (group === null) return undefined;
    const root = select(group);
    const unsubscribe = store.subscribe((state, previous) => {
      // Hovering a node or syncing the URL must not cut a running animation short.
      if (
        state.cursor === previous.cursor &&
        state.graph === previous.graph &&
        state.scene === previous.scene
      )
        return;
      root.selectAll('*').interrupt().remove();
      if (
        state.scene !== 'graph' ||
        state.cursor !== previous.cursor + 1 ||
        state.graph !== previous.graph ||
        prefersReducedMotion()
      )
        return;
      const step = derive.currentStep(state);
      if (step === undefined) return;
      const duration = TRAVEL_MS / state.speed;
      const { tokens, pulses } = graphFlow(step, analysis, layout);
      for (const token of tokens) {
        animateToken(
          root,
          {
            direction: token.direction,
            value: token.value,
            at: (u) => pointAlong(token.segments, token.direction === 'forward' ? u : 1 - u),
            // Values ride above the wire, gradients below it, like their labels.
            labelDy: token.direction === 'forward' ? '-0.8em' : '1.5em',
          },
          duration,
        );
      }
      for (const pulse of pulses) {
        const delay = tokens.length > 0 && pulse.direction === 'forward' ? duration * 0.8 : 0;
        animatePulse(
          root,
          { direction: pulse.direction, at: pulse.at, from: 24, to: 46, delay },
          duration,
        );
      }
    });
    return () => {
      unsubscribe();
      root.selectAll('*').interrupt().remove();
    };
  }, [store, derive, analysis, layout]);

  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
