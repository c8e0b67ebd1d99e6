import type { GraphAnalysis, GraphNodeResult, GraphProblem, GraphUse } from './analysis-types';
import type { Dag, DagNode } from './build';
import { OPS } from './ops';
import { backwardProblem, forwardProblem } from './problems';
import { domIdOf, formatConstant } from './symbols';

/**
 * Runs a graph forwards, then backwards from the output seeded with 1 (reverse mode, as
 * micrograd does): each gate multiplies the gradient arriving at its output by its local
 * gradients and adds the products into its inputs, so where a value fans out the branch
 * gradients sum up. Gradients flow only into nodes that depend on a variable; that keeps
 * meaningless numbers off constants (∂(x²)/∂2 = x² ln x is NaN for x < 0).
 *
 * @param inputs a value for every variable of the graph (missing ones read as NaN).
 */
export function evaluateDag(dag: Dag, inputs: ReadonlyMap<string, number>): GraphAnalysis {
  const values = new Map<string, number>();
  const live = new Set<string>();
  const uses = new Map<string, GraphUse[]>();
  const problems: GraphProblem[] = [];
  const argsOf = (node: DagNode): number[] =>
    node.kind === 'gate' ? node.inputs.map((id) => values.get(id) ?? NaN) : [];

  for (const node of dag.nodes) {
    uses.set(node.id, []);
    if (node.kind === 'var') {
      values.set(node.id, inputs.get(node.name) ?? NaN);
      live.add(node.id);
    } else if (node.kind === 'const') {
      values.set(node.id, node.value);
    } else {
      const args = argsOf(node);
      const value = OPS[node.op].forward(args[0] ?? NaN, args[1] ?? NaN);
      values.set(node.id, value);
      if (!Number.isFinite(value) && args.every(Number.isFinite)) {
        problems.push(forwardProblem(node.id, node.op, args, value));
      }
      node.inputs.forEach((id, slot) => uses.get(id)?.push({ gate: node.id, slot }));
      if (node.inputs.some((id) => live.has(id))) live.add(node.id);
    }
  }

  const grads = new Map<string, number>([[dag.output, 1]]);
  const locals = new Map<string, (number | null)[]>();
  const contributions = new Map<string, (number | null)[]>();
  for (let i = dag.nodes.length - 1; i >= 0; i--) {
    const node = dag.nodes[i];
    if (node?.kind !== 'gate' || !live.has(node.id)) continue;
    const args = argsOf(node);
    const value = values.get(node.id) ?? NaN;
    const upstream = grads.get(node.id) ?? 0;
    const all = OPS[node.op].local(args[0] ?? NaN, args[1] ?? NaN, value);
    const local = node.inputs.map((id, slot) => (live.has(id) ? (all[slot] ?? NaN) : null));
    const sent = local.map((l) => (l === null ? null : l * upstream));
    const clean =
      Number.isFinite(upstream) && Number.isFinite(value) && args.every(Number.isFinite);
    node.inputs.forEach((id, slot) => {
      const c = sent[slot];
      const l = local[slot];
      if (c === null || c === undefined || l === null || l === undefined) return;
      grads.set(id, (grads.get(id) ?? 0) + c);
      if (clean && !Number.isFinite(c)) problems.push(backwardProblem(node.id, node.op, id, l, c));
    });
    locals.set(node.id, local);
    contributions.set(node.id, sent);
  }

  const nodes: GraphNodeResult[] = dag.nodes.map((node) => ({
    id: node.id,
    kind: node.kind,
    op: node.kind === 'gate' ? node.op : null,
    label:
      node.kind === 'gate'
        ? OPS[node.op].label
        : node.kind === 'var'
          ? node.name
          : formatConstant(node.value),
    inputs: node.kind === 'gate' ? node.inputs : [],
    value: values.get(node.id) ?? NaN,
    grad: grads.get(node.id) ?? null,
    local: locals.get(node.id) ?? (node.kind === 'gate' ? node.inputs.map(() => null) : []),
    contributions:
      contributions.get(node.id) ?? (node.kind === 'gate' ? node.inputs.map(() => null) : []),
    uses: uses.get(node.id) ?? [],
    domId: domIdOf(node),
  }));

  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    gates: nodes.filter((n) => n.kind === 'gate').map((n) => n.id),
    variables: dag.variables,
    output: dag.output,
    value: values.get(dag.output) ?? NaN,
    gradients: Object.fromEntries(dag.variables.map((name) => [name, grads.get(name) ?? 0])),
    problems,
  };
}
