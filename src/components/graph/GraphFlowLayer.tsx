import { easeCubicInOut, select } from 'd3';
// Adds .transition() and .interrupt() to selections; a side effect bundlers must keep.
import 'd3-transition';
import { useEffect, useRef } from 'react';
import type { GraphAnalysis } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useAppStoreApi } from '../../store/StoreProvider';
import { pointAlong } from './geometry';
import { graphFlow } from './graphFlow';
import type { GraphLayout } from './layout';

/** Milliseconds a value takes to travel a wire at 1× speed. */
const TRAVEL_MS = 700;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

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
        const along = (u: number) => {
          const p = pointAlong(token.segments, token.direction === 'forward' ? u : 1 - u);
          return `translate(${p.x},${p.y})`;
        };
        const g = root
          .append('g')
          .attr('class', `flow-token ${token.direction}`)
          .attr('transform', along(0));
        g.append('circle').attr('r', 7);
        // Values ride above the wire, gradients below it, like their labels.
        g.append('text')
          .attr('dy', token.direction === 'forward' ? '-0.8em' : '1.5em')
          .text(formatNumber(token.value));
        g.transition()
          .duration(duration)
          .ease(easeCubicInOut)
          .attrTween('transform', () => along)
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
          .attr('r', 24)
          .transition()
          .delay(tokens.length > 0 && pulse.direction === 'forward' ? duration * 0.8 : 0)
          .duration(duration)
          .attr('r', 46)
          .style('opacity', 0)
          .remove();
      }
    });
    return () => {
      unsubscribe();
      root.selectAll('*').interrupt().remove();
    };
  }, [store, derive, analysis, layout]);

  return <g ref={ref} className="flow-layer" aria-hidden="true" pointerEvents="none" />;
}
