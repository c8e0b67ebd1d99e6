import { parseId, type NetworkScenario } from '../../engine';
import { assertNever } from '../../lib/assertNever';
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
  const element = parseId(id);
  if (element === null) return null;
  const example = scenario.samples[sample];
  switch (element.kind) {
    case 'edge': {
      const { layer, k, j } = element;
      const value = scenario.weights[layer]?.[j]?.[k];
      return value === undefined ? null : { value, apply: (s, v) => setWeight(s, layer, k, j, v) };
    }
    case 'bias': {
      const { layer, j } = element;
      const value = scenario.biases[layer - 1]?.[j];
      return value === undefined ? null : { value, apply: (s, v) => setBias(s, layer, j, v) };
    }
    case 'neuron': {
      const { layer, j } = element;
      const value = layer === 0 ? example?.x[j] : undefined;
      return value === undefined ? null : { value, apply: (s, v) => setInput(s, sample, j, v) };
    }
    case 'target': {
      const { j } = element;
      const value = example?.y[j];
      return value === undefined ? null : { value, apply: (s, v) => setTarget(s, sample, j, v) };
    }
    case 'amp':
    case 'loss':
      return null;
    default:
      return assertNever(element);
  }
}

/** Why a typed value cannot be used for this element, or null when it can. */
export function rejectValue(
  id: string,
  scenario: NetworkScenario,
  value: number,
): 'range-01' | 'non-negative' | null {
  if (parseId(id)?.kind !== 'target') return null;
  if (scenario.loss === 'bce' && (value < 0 || value > 1)) return 'range-01';
  if (scenario.loss === 'softmax-ce' && value < 0) return 'non-negative';
  return null;
}
