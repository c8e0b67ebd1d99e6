import { easeCubicInOut, select, type Selection } from 'd3';
// Adds .transition() and .interrupt() to selections; a side effect bundlers must keep.
import 'd3-transition';
import { formatNumber } from '../../lib/format';

/**
 * The value tokens and pulses both diagrams animate while a step runs. D3 owns the layer
 * these are drawn into (React renders it empty), so React never snaps an attribute
 * mid-transition. This module (and D3 with it) loads after the first screen: see
 * useStepAnimation.
 */
export type FlowLayerSelection = Selection<SVGGElement, unknown, null, undefined>;

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Opacity from 1 to 0. A transition's `.style('opacity', 0)` would read the starting value
 * with getComputedStyle, which recalculates the styles of the whole diagram in the frame
 * (24–38 ms on the 12 × 64 network, a quarter of the CPU): the start is known, so it is given.
 */
const fadeOut = () => (t: number) => String(1 - t);

/** D3's selection of a diagram's flow layer, to animate into. */
export function flowLayerOf(group: SVGGElement): FlowLayerSelection {
  return select(group);
}

/** A value travelling along a path (`at(0)` → `at(1)`), fading out where it arrives. */
export function animateToken(
  root: FlowLayerSelection,
  token: {
    direction: 'forward' | 'backward';
    value: number;
    at: (u: number) => Point;
    labelDy: string;
  },
  duration: number,
): void {
  const transform = (u: number) => {
    const p = token.at(u);
    return `translate(${p.x},${p.y})`;
  };
  const g = root
    .append('g')
    .attr('class', `flow-token ${token.direction}`)
    .attr('transform', transform(0));
  g.append('circle').attr('r', 7);
  g.append('text').attr('dy', token.labelDy).text(formatNumber(token.value));
  g.transition()
    .duration(duration)
    .ease(easeCubicInOut)
    .attrTween('transform', () => transform)
    .transition()
    .duration(duration / 3)
    .styleTween('opacity', fadeOut)
    .remove();
}

/** A ring that grows and fades where a value is transformed in place. */
export function animatePulse(
  root: FlowLayerSelection,
  pulse: { direction: 'forward' | 'backward'; at: Point; from: number; to: number; delay?: number },
  duration: number,
): void {
  root
    .append('circle')
    .attr('class', `flow-pulse ${pulse.direction}`)
    .attr('cx', pulse.at.x)
    .attr('cy', pulse.at.y)
    .attr('r', pulse.from)
    .transition()
    .delay(pulse.delay ?? 0)
    .duration(duration)
    .attr('r', pulse.to)
    .styleTween('opacity', fadeOut)
    .remove();
}
