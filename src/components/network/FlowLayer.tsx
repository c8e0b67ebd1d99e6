import { easeCubicInOut, select } from 'd3';
// Adds .transition() and .interrupt() to selections; a side effect bundlers must keep.
import 'd3-transition';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../../lib/format';
import { useAppStoreApi } from '../../store/StoreProvider';
import { flowFor } from './flowPaths';
import type { NetworkLayout } from './layout';

/** Milliseconds a value takes to travel at 1× speed. */
const TRAVEL_MS = 650;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Animates the values of each step as it runs, forwards only: tokens travel along the
 * wires to where they combine. D3 owns this layer's children entirely (React renders an
 * empty group), so React never snaps an attribute mid-transition. Runs outside React's
 * render: it subscribes to the store and reacts to the cursor moving one step forward.
 */
export function FlowLayer({ layout }: { layout: NetworkLayout }) {
  const ref = useRef<SVGGElement>(null);
  const { store, select: derive } = useAppStoreApi();

  useEffect(() => {
    const group = ref.current;
    if (group === null) return undefined;
    const root = select(group);
    const unsubscribe = store.subscribe((state, previous) => {
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
        const g = root
          .append('g')
          .attr('class', `flow-token ${token.direction}`)
          .attr('transform', `translate(${token.from.x},${token.from.y})`);
        g.append('circle').attr('r', 7);
        g.append('text').attr('dy', '-0.8em').text(formatNumber(token.value));
        g.transition()
          .duration(duration)
          .ease(easeCubicInOut)
          .attr('transform', `translate(${token.to.x},${token.to.y})`)
          .transition()
          .duration(duration / 3)
          .style('opacity', 0)
          .remove();
      }
      for (const pulse of pulses) {
        root
          .append('circle')
          .attr('class', `flow-pulse ${pulse.direction}`)
          .attr('cx', pulse.at.x)
          .attr('cy', pulse.at.y)
          .attr('r', layout.radius)
          .transition()
          .duration(duration)
          .attr('r', layout.radius * 1.9)
          .style('opacity', 0)
          .remove();
      }
    });
    return () => {
      unsubscribe();
      root.selectAll('*').interrupt().remove();
    };
  }, [store, derive, layout]);

  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
