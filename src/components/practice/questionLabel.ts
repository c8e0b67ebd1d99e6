import { neuronNumber, parseId } from '../../engine';
import type { Translate } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { subscript } from '../../lib/format';

/** A graph node's plain name: a variable's own, g₃ for gate g3. */
const nodeName = (id: string): string => {
  const gate = /^g([0-9]+)$/.exec(id);
  return gate === null ? id : `g${subscript(gate[1] ?? '')}`;
};

/**
 * What a practice question asks, in plain text for the answer box's label and the
 * feedback, in the lecture's notation: z₃, a₃, δ₃, ∂C/∂w₃,₁, ∂C/∂bₓ… for the network
 * (neurons numbered as the lecture numbers them), ∂f/∂x and "the value of gate g₂" for
 * the graph. `target` is the question's `HOOK-ID:ATTRIBUTE`.
 */
export function questionLabel(target: string, layers: readonly number[], t: Translate): string {
  const [hook = '', attribute = ''] = target.split(':');
  const graphNode = /^(var|gate)-(.+)$/.exec(hook);
  if (graphNode !== null) {
    const name = nodeName(graphNode[2] ?? '');
    return attribute === 'grad' ? `∂f/∂${name}` : t('practice.what.gateValue', { gate: name });
  }
  const element = parseId(hook);
  if (element === null) return hook;
  switch (element.kind) {
    case 'neuron':
    case 'amp': {
      const n = subscript(neuronNumber(layers, element.layer, element.j));
      const symbol = attribute === 'delta' ? 'δ' : attribute;
      return `${symbol}${n}`;
    }
    case 'edge': {
      const to = subscript(neuronNumber(layers, element.layer + 1, element.j));
      const from =
        element.layer === 0
          ? `ₓ${subscript(element.k + 1)}`
          : subscript(neuronNumber(layers, element.layer, element.k));
      return attribute === 'grad' ? `∂C/∂w${to},${from}` : `w${to},${from}′`;
    }
    case 'bias': {
      const n = subscript(neuronNumber(layers, element.layer, element.j));
      return attribute === 'grad' ? `∂C/∂b${n}` : `b${n}′`;
    }
    case 'loss':
    case 'target':
      return hook;
    default:
      return assertNever(element);
  }
}
