import type { GraphAnalysis, GraphNodeResult } from '../../engine';

/**
 * Which column of the left-to-right diagram every node goes in. Pure.
 *
 * A gate sits one column right of its deepest input (longest path). A gate that reads
 * only variables and constants and is used once then moves up to just before its
 * consumer, and so does every variable or constant, just left of its first consumer: so
 * wires stay short, as in the DLFS figures where the tax enters next to the gate that uses
 * it, and a long sum of products reads as a comb instead of a tower of products with
 * wires fanning out across the whole drawing.
 */

/** Largest value of a list, without spreading it into arguments (lists may be long). */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let best = start;
  for (const v of values) if (v > best) best = v;
  return best;
}

const isLeaf = (node: GraphNodeResult | undefined): boolean =>
  node !== undefined && node.kind !== 'gate';

/** Columns by longest path for gates; gates of leaves and the leaves just before their use. */
export function assignColumns(analysis: GraphAnalysis): Map<string, number> {
  const column = new Map<string, number>();
  for (const node of analysis.nodes) {
    if (node.kind !== 'gate') continue;
    let depth = 0;
    for (const id of node.inputs) depth = Math.max(depth, column.get(id) ?? 0);
    column.set(node.id, depth + 1);
  }
  // Reverse evaluation order: a gate's consumer has its final column before the gate moves.
  for (let i = analysis.nodes.length - 1; i >= 0; i--) {
    const node = analysis.nodes[i];
    if (node?.kind !== 'gate' || node.uses.length !== 1 || node.id === analysis.output) continue;
    if (!node.inputs.every((id) => isLeaf(analysis.byId.get(id)))) continue;
    const consumer = column.get(node.uses[0]?.gate ?? '') ?? 0;
    if (consumer - 1 > (column.get(node.id) ?? 0)) column.set(node.id, consumer - 1);
  }
  for (const node of analysis.nodes) {
    if (node.kind === 'gate') continue;
    let first = Infinity;
    for (const use of node.uses) first = Math.min(first, column.get(use.gate) ?? 1);
    column.set(node.id, node.uses.length === 0 ? 0 : first - 1);
  }
  return column;
}
