import type { GraphAnalysis, GraphNodeResult } from '../../engine';

/**
 * The graph analysis with the numbers of `hidden` keys taken out (NaN): a node's value
 * (`value:ID`), its gradient (`grad:ID`), what a gate sends back (`contrib:G:I`), and the
 * numbers made from hidden ones: a gate's local gradients come from its own value and its
 * inputs' (a product's local gradient is the other input), and what it sends back is local
 * × its own gradient. The output's value and the variables' gradients follow their nodes.
 * The structure (nodes, inputs, uses, ids) is unchanged. Pure.
 */
export function maskAnalysis(analysis: GraphAnalysis, hidden: ReadonlySet<string>): GraphAnalysis {
  if (hidden.size === 0) return analysis;
  const valueHidden = (id: string) => hidden.has(`value:${id}`);
  const gradHidden = (id: string) => hidden.has(`grad:${id}`);
  const nodes = analysis.nodes.map((node): GraphNodeResult => {
    const localHidden = valueHidden(node.id) || node.inputs.some(valueHidden);
    const sentHidden = localHidden || gradHidden(node.id);
    const blank = <T extends number | null>(v: T, out: boolean): T | number =>
      out && v !== null ? NaN : v;
    return {
      ...node,
      value: valueHidden(node.id) ? NaN : node.value,
      grad: blank(node.grad, gradHidden(node.id)),
      local: node.local.map((l) => blank(l, localHidden)),
      contributions: node.contributions.map((c, slot) =>
        blank(c, sentHidden || hidden.has(`contrib:${node.id}:${node.inputs[slot] ?? ''}`)),
      ),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const gradients: Record<string, number> = {};
  for (const [name, g] of Object.entries(analysis.gradients))
    gradients[name] = gradHidden(name) ? NaN : g;
  return {
    ...analysis,
    nodes,
    byId,
    value: valueHidden(analysis.output) ? NaN : analysis.value,
    gradients,
  };
}
