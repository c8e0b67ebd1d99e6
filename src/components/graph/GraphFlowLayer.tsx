import { useCallback, useRef } from 'react';
import type { GraphAnalysis, TraceStep } from '../../engine';
import type { AppState } from '../../store/types';
import type { FlowLayerSelection } from '../common/flowAnimation';
import { useStepAnimation, type FlowMotion } from '../common/useStepAnimation';
import { pointAlong } from './geometry';
import { graphFlow } from './graphFlow';
import type { GraphLayout } from './layout';

const graphOf = (state: AppState) => state.graph;

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
  const animate = useCallback(
    (motion: FlowMotion, root: FlowLayerSelection, step: TraceStep, duration: number) => {
      const { tokens, pulses } = graphFlow(step, analysis, layout);
      for (const token of tokens) {
        motion.animateToken(
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
        motion.animatePulse(
          root,
          { direction: pulse.direction, at: pulse.at, from: 24, to: 46, delay },
          duration,
        );
      }
    },
    [analysis, layout],
  );
  useStepAnimation(ref, { document: graphOf, travelMs: TRAVEL_MS, animate });

  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
