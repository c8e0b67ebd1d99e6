import type { NetworkScenario } from '../../engine';
import { setBias, setInput, setTarget, setWeight } from '../../store/networkEdits';

/**
 * What an editable diagram element holds and how to change it, by DOM id:
 * `edge-L-K-J` (a weight), `bias-L-J`, `neuron-0-K` (an input of the current sample) and
 * `target-J` (a target of the current sample). Anything else is not editable.
 */
export interface EditTarget {
  readonly value: number;
  readonly apply: (scenario: NetworkScenario, value: number) => NetworkScenario;
}

export function editTarget(
  id: string,
  scenario: NetworkScenario,
  sample: number,
): EditTarget | null {
  const [kind, ...rest] = id.split('-');
  const [a = -1, b = -1, c = -1] = rest.map(Number);
  const example = scenario.samples[sample];
  switch (kind) {
    case 'edge': {
      const value = scenario.weights[a]?.[c]?.[b];
      return value === undefined ? null : { value, apply: (s, v) => setWeight(s, a, b, c, v) };
    }
    case 'bias': {
      const value = scenario.biases[a - 1]?.[b];
      return value === undefined ? null : { value, apply: (s, v) => setBias(s, a, b, v) };
    }
    case 'neuron': {
      const value = a === 0 ? example?.x[b] : undefined;
      return value === undefined ? null : { value, apply: (s, v) => setInput(s, sample, b, v) };
    }
    case 'target': {
      const value = example?.y[a];
      return value === undefined ? null : { value, apply: (s, v) => setTarget(s, sample, a, v) };
    }
    default:
      return null;
  }
}

/** Why a typed value cannot be used for this element, or null when it can. */
export function rejectValue(
  id: string,
  scenario: NetworkScenario,
  value: number,
): 'range-01' | 'non-negative' | null {
  if (!id.startsWith('target-')) return null;
  if (scenario.loss === 'bce' && (value < 0 || value > 1)) return 'range-01';
  if (scenario.loss === 'softmax-ce' && value < 0) return 'non-negative';
  return null;
}
