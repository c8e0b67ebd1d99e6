import { select } from 'd3';
import { useEffect, useRef } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';
import { along } from './layout';
import { animatePulse, animateToken, prefersReducedMotion } from '../common/flowAnimation';
import { flowFor } from './flowPaths';
import type { NetworkLayout } from './layout';

/** Milliseconds a value takes to travel at 1× speed. */
const TRAVEL_MS = 650;

/**
 * Animates the values of each step as it runs, forwards only: tokens travel along the
 * wires to where they combine. Runs outside React's render: it subscribes to the store
 * and reacts to the cursor moving one step forward; other updates (hover, focus) leave a
 * running animation alone.
 */
export function FlowLayer({ layout }: { layout: NetworkLayout }) {
  const ref = useRef<SVGGElement>(null);
  const { store, select: derive } = useAppStoreApi();

  useEffect(() => {
    const group = ref.current;
    if (group === null) return undefined;
    const root = select(group);
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.cursor === previous.cursor &&
        state.network === previous.network &&
        state.scene === previous.scene
      )
        return;
      root.selectAll('*').interrupt().remove();
      if (
        state.cursor !== previous.cursor + 1 ||
        state.network !== previous.network ||
        prefersReducedMotion()
      )
        return;
      const step = derive.currentStep(state);
      if (step === undefined) return;
      const duration = TRAVEL_MS / state.speed;
      const { tokens, pulses } = flowFor(step, layout);
      for (const token of tokens) {
        animateToken(
          root,
          { ...token, at: (u) => along(token.from, token.to, u), labelDy: '-0.8em' },
          duration,
        );
      }
      for (const pulse of pulses) {
        animatePulse(root, { ...pulse, from: layout.radius, to: layout.radius * 1.9 }, duration);
      }
    });
    return () => {
      unsubscribe();
      root.selectAll('*').interrupt().remove();
    };
  }, [store, derive, layout]);

  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
