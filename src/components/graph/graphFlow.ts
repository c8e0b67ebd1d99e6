import {
  isGraphStep,
  type GateBackwardStep,
  type GateForwardStep,
  type GraphAnalysis,
  type TraceStep,
} from '../../engine';
import { assertNever } from '../../lib/assertNever';
import type { Point, Segment } from './geometry';
import type { GraphLayout } from './layout';

/** A number travelling along a wire while a step runs: forward left to right, backward right to left. */
export interface FlowToken {
  readonly segments: readonly Segment[];
  readonly value: number;
  readonly direction: 'forward' | 'backward';
}

/** A ring where values combine: a gate computing, the seed, a sum of branches. */
export interface FlowPulse {
  readonly at: Point;
  readonly direction: 'forward' | 'backward';
}

/**
 * The tokens and pulses that show one graph step: a forward gate step sends each input's
 * value along its wire into the gate; a backward step sends what the gate hands each input
 * back along the same wire; the seed starts at `f`. Pure, so it is tested without a browser.
 */
export function graphFlow(
  step: TraceStep,
  analysis: GraphAnalysis,
  layout: GraphLayout,
): { tokens: FlowToken[]; pulses: FlowPulse[] } {
  if (!isGraphStep(step)) return { tokens: [], pulses: [] };
  switch (step.kind) {
    case 'seed':
      return {
        tokens: [{ segments: layout.terminalSegments, value: 1, direction: 'backward' }],
        pulses: [{ at: layout.terminal, direction: 'backward' }],
      };
    case 'gate-forward':
    case 'gate-backward':
      return gateFlow(step, analysis, layout);
    default:
      return assertNever(step);
  }
}

/** A gate's step: its inputs' values go in, or what it sends back comes out. */
function gateFlow(
  step: GateForwardStep | GateBackwardStep,
  analysis: GraphAnalysis,
  layout: GraphLayout,
): { tokens: FlowToken[]; pulses: FlowPulse[] } {
  const at = (id: string): Point => {
    const box = layout.nodes.get(id);
    return { x: box?.x ?? 0, y: box?.y ?? 0 };
  };
  const gateId = step.params.gate;
  const gate = analysis.byId.get(gateId);
  if (gate === undefined) return { tokens: [], pulses: [] };
  const wires = layout.edges.filter((e) => e.to === gateId);
  if (step.kind === 'gate-forward') {
    return {
      tokens: wires.map((e) => ({
        segments: e.segments,
        value: analysis.byId.get(e.from)?.value ?? NaN,
        direction: 'forward',
      })),
      pulses: [{ at: at(gateId), direction: 'forward' }],
    };
  }
  const tokens: FlowToken[] = wires.flatMap((e) => {
    const sent = gate.contributions[e.slot];
    return typeof sent === 'number'
      ? [{ segments: e.segments, value: sent, direction: 'backward' as const }]
      : [];
  });
  const sums = step.reveals.flatMap((key) => {
    const node = key.startsWith('grad:') ? analysis.byId.get(key.slice(5)) : undefined;
    return node !== undefined && node.uses.length >= 2 ? [at(node.id)] : [];
  });
  return { tokens, pulses: sums.map((p) => ({ at: p, direction: 'backward' })) };
}
