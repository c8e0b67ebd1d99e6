import type { ForwardBackwardResult } from './forwardBackward';
import { neuronNumber } from './notation';
import type { NetworkScenario } from './types';

/**
 * Why a number on screen is surprising. Not errors: the maths is what it is, and the app
 * explains it instead of hiding it.
 * - `saturated`: σ′(z) is exactly 0 (a sigmoid or tanh pushed so far that the gain
 *   underflows, or a ReLU below 0), so no gradient flows back through that neuron.
 * - `bce-certain`: binary cross-entropy met an output of exactly 0 or 1, so log 0 made the
 *   cost infinite and its gradient undefined (NaN).
 * - `overflow`: some z or a became ±∞ (weights too large for float64).
 * - `not-a-number`: some value is NaN; the first place it appears is named.
 */
export type NumericNote =
  | { readonly code: 'saturated'; readonly neurons: readonly number[] }
  | { readonly code: 'bce-certain'; readonly neuron: number; readonly output: number }
  | { readonly code: 'overflow'; readonly neuron: number }
  | {
      readonly code: 'not-a-number';
      readonly neuron: number;
      readonly quantity: 'z' | 'a' | 'delta';
    };

export function diagnose(scenario: NetworkScenario, result: ForwardBackwardResult): NumericNote[] {
  const notes: NumericNote[] = [];
  const { layers } = scenario;
  const n = (l: number, j: number) => neuronNumber(layers, l + 1, j);
  const L = result.a.length;

  if (scenario.loss === 'bce') {
    const outputs = result.a[L - 1] ?? [];
    const j = outputs.findIndex((a) => a === 0 || a === 1);
    if (j >= 0) notes.push({ code: 'bce-certain', neuron: n(L - 1, j), output: outputs[j] ?? 0 });
  }
  const overflow = findFirst(result.z, (z) => !Number.isFinite(z) && !Number.isNaN(z));
  if (overflow) notes.push({ code: 'overflow', neuron: n(overflow[0], overflow[1]) });
  for (const quantity of ['z', 'a', 'delta'] as const) {
    const nan = findFirst(result[quantity], Number.isNaN);
    if (nan) {
      notes.push({ code: 'not-a-number', neuron: n(nan[0], nan[1]), quantity });
      break;
    }
  }
  const saturated: number[] = [];
  result.gain.forEach((gains, l) =>
    gains.forEach((g, j) => {
      if (g === 0 && scenario.activation[l] !== 'relu') saturated.push(n(l, j));
    }),
  );
  if (saturated.length > 0) notes.push({ code: 'saturated', neurons: saturated });
  return notes;
}

function findFirst(
  values: readonly (readonly number[])[],
  test: (v: number) => boolean,
): [number, number] | undefined {
  for (let l = 0; l < values.length; l++) {
    const j = (values[l] ?? []).findIndex(test);
    if (j >= 0) return [l, j];
  }
  return undefined;
}
