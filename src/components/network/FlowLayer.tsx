import { useCallback, useRef } from 'react';
import type { TraceStep } from '../../engine';
import type { AppState } from '../../store/types';
import type { FlowLayerSelection } from '../common/flowAnimation';
import { useStepAnimation, type FlowMotion } from '../common/useStepAnimation';
import { flowFor } from './flowPaths';
import { along, type NetworkLayout } from './layout';

const network = (state: AppState) => state.network;

/**
 * Animates the values of each step as it runs, forwards only: tokens travel along the
 * wires to where they combine; a value transformed in place (σ, the op-amp) pulses.
 */
export function FlowLayer({ layout }: { layout: NetworkLayout }) {
  const ref = useRef<SVGGElement>(null);
  const animate = useCallback(
    (motion: FlowMotion, root: FlowLayerSelection, step: TraceStep, duration: number) => {
      const { tokens, pulses } = flowFor(step, layout);
      for (const token of tokens) {
        motion.animateToken(
          root,
          { ...token, at: (u) => along(token.from, token.to, u), labelDy: '-0.8em' },
          duration,
        );
      }
      for (const pulse of pulses) {
        motion.animatePulse(
          root,
          { ...pulse, from: layout.radius, to: layout.radius * 1.9 },
          duration,
        );
      }
    },
    [layout],
  );
  useStepAnimation(ref, { document: network, travelMs: 650, animate });
  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
