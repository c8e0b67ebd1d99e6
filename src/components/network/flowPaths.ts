import { parseId, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { along, type NetworkLayout, type Point } from './layout';

/** A value travelling from one point to another while a step runs. */
export interface Token {
  readonly from: Point;
  readonly to: Point;
  readonly value: number;
  readonly direction: 'forward' | 'backward';
}

/** A highlight ring where a value is transformed in place (σ, the op-amp, an update). */
export interface Pulse {
  readonly at: Point;
  readonly direction: 'forward' | 'backward';
}

/**
 * The tokens and pulses that show step `step` on the network diagram: the operands travel
 * along the wires into the element the step writes, where they combine. A graph step has
 * none. Pure, so it is tested without a browser (flowPaths.test.ts).
 */
export function flowFor(
  step: TraceStep,
  layout: NetworkLayout,
): { tokens: Token[]; pulses: Pulse[] } {
  const neuron = (l: number, j: number): Point => layout.neurons[l]?.[j] ?? { x: 0, y: 0 };
  const amp = (l: number, j: number): Point => layout.amps[l]?.[j] ?? { x: 0, y: 0 };
  const r = layout.radius;
  const s = layout.ampSize;
  // The element the step writes: layer L, neuron J (and source K for a weight).
  const written = parseId(step.writes[0] ?? '');
  const L = written !== null && 'layer' in written ? written.layer : 0;
  const J = written !== null && 'j' in written ? written.j : 0;
  const K = written?.kind === 'edge' ? written.k : 0;
  const pairs = (ops: TraceStep['operands']) =>
    Array.from(
      { length: Math.floor(ops.length / 2) },
      (_, i) => (ops[2 * i]?.value ?? 0) * (ops[2 * i + 1]?.value ?? 0),
    );

  switch (step.kind) {
    case 'z': {
      const products = pairs(step.operands);
      return {
        tokens: products.map((value, k) => ({
          from: { x: neuron(L - 1, k).x + r, y: neuron(L - 1, k).y },
          to: { x: neuron(L, J).x - r, y: neuron(L, J).y },
          value,
          direction: 'forward',
        })),
        pulses: [],
      };
    }
    case 'a':
      return { tokens: [], pulses: [{ at: neuron(L, J), direction: 'forward' }] };
    case 'cost': {
      const last = layout.neurons.length - 1;
      return {
        tokens: (layout.neurons[last] ?? []).map((p, j) => ({
          from: { x: p.x + r, y: p.y },
          to: layout.cost,
          value: step.operands[2 * j]?.value ?? 0,
          direction: 'forward',
        })),
        pulses: [{ at: layout.cost, direction: 'forward' }],
      };
    }
    case 'dCdy':
      return {
        tokens: [
          {
            from: layout.cost,
            to: { x: amp(L, J).x + s, y: amp(L, J).y },
            value: step.result,
            direction: 'backward',
          },
        ],
        pulses: [],
      };
    case 'sum': {
      const products = pairs(step.operands);
      return {
        tokens: products.map((value, i) => ({
          from: { x: amp(L + 1, i).x - s, y: amp(L + 1, i).y },
          to: { x: amp(L, J).x + s, y: amp(L, J).y },
          value,
          direction: 'backward',
        })),
        pulses: [],
      };
    }
    case 'amp':
      return { tokens: [], pulses: [{ at: amp(L, J), direction: 'backward' }] };
    case 'dW': {
      const target = along(neuron(L, K), neuron(L + 1, J), 0.72);
      return {
        tokens: [
          {
            from: neuron(L, K),
            to: target,
            value: step.operands[0]?.value ?? 0,
            direction: 'forward',
          },
          {
            from: amp(L + 1, J),
            to: target,
            value: step.operands[1]?.value ?? 0,
            direction: 'backward',
          },
        ],
        pulses: [],
      };
    }
    case 'db':
      return {
        tokens: [
          {
            from: amp(L, J),
            to: { x: neuron(L, J).x, y: neuron(L, J).y + r + 20 },
            value: step.result,
            direction: 'backward',
          },
        ],
        pulses: [],
      };
    case 'update-w':
      return {
        tokens: [],
        pulses: [{ at: along(neuron(L, K), neuron(L + 1, J), 0.25), direction: 'forward' }],
      };
    case 'update-b':
      return {
        tokens: [],
        pulses: [{ at: { x: neuron(L, J).x, y: neuron(L, J).y + r + 20 }, direction: 'forward' }],
      };
    case 'gate-forward':
    case 'seed':
    case 'gate-backward':
      return { tokens: [], pulses: [] };
    default:
      return assertNever(step);
  }
}
