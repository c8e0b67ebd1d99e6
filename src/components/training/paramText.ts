import { paramName, type ParamRef } from '../../engine';
import { subscript } from '../../lib/format';

/**
 * A parameter's name in plain text, for selects, table cells and chart labels, in the
 * lecture's numbering: w₃,₁ (into neuron 3 from neuron 1), w₁,ₓ₂ (from input x₂), b₃.
 */
export function paramText(layers: readonly number[], ref: ParamRef): string {
  const { base, to, from } = paramName(layers, ref);
  if (from === null) return `${base}${subscript(to)}`;
  const source = from.startsWith('x') ? `ₓ${subscript(from.slice(1))}` : subscript(from);
  return `${base}${subscript(to)},${source}`;
}
