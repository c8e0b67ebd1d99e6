import type { GraphNodeResult } from '../../engine';
import type { Translate } from '../../i18n/translate';
import { known, type GraphView } from './graphView';

export type InspectorRow = readonly [label: string, value: number | undefined];

/** The node a DOM id of the graph diagram names (`graph-output` is the output node). */
export function nodeForDomId(view: GraphView, domId: string): GraphNodeResult | undefined {
  if (domId === 'graph-output') return view.analysis.byId.get(view.analysis.output);
  return view.analysis.nodes.find((n) => n.domId === domId);
}

/** The heading of the inspector for a node. */
export function inspectorTitle(node: GraphNodeResult, t: Translate, output = false): string {
  if (output) return t('graph.kind.output');
  if (node.kind === 'var') return t('graph.kind.var', { name: node.id });
  if (node.kind === 'const') return t('graph.kind.const', { name: node.label });
  return t('graph.kind.gate', { name: node.id, op: opName(node, t) });
}

/** A gate's operation in words, with its symbol when that differs: "multiply (×)", "max". */
export function opName(node: GraphNodeResult, t: Translate): string {
  const op = t(`graph.op.${node.op ?? 'add'}`);
  return op === node.label ? op : t('graph.opWithLabel', { op, label: node.label });
}

/**
 * Every number of a node at the current step ("—" where not computed yet): its value and
 * gradient; for a gate the local gradient of each input (known once the gate's value is)
 * and what it sends back to it; for a node used more than once, each branch's gradient.
 */
export function inspectGraphNode(
  view: GraphView,
  node: GraphNodeResult,
  t: Translate,
): InspectorRow[] {
  const rows: InspectorRow[] = [[t('graph.inspector.value'), known(view, `value:${node.id}`)]];
  if (node.kind === 'const') return rows;
  rows.push([t('graph.inspector.grad', { name: node.id }), known(view, `grad:${node.id}`)]);
  if (node.kind === 'gate') {
    const valueKnown = known(view, `value:${node.id}`) !== undefined;
    node.inputs.forEach((input, slot) => {
      const local = node.local[slot];
      if (typeof local !== 'number') return;
      rows.push([
        t('graph.inspector.local', { gate: node.id, input }),
        valueKnown ? local : undefined,
      ]);
      const sent = node.contributions[slot];
      const sentKnown = known(view, `contrib:${node.id}:${input}`) !== undefined;
      rows.push([
        t('graph.inspector.sent', { input }),
        sentKnown && typeof sent === 'number' ? sent : undefined,
      ]);
    });
  }
  if (node.uses.length >= 2) {
    for (const { gate, slot } of node.uses) {
      const sent = view.analysis.byId.get(gate)?.contributions[slot];
      const sentKnown = known(view, `contrib:${gate}:${node.id}`) !== undefined;
      rows.push([
        t('graph.inspector.branch', { gate }),
        sentKnown && typeof sent === 'number' ? sent : undefined,
      ]);
    }
  }
  return rows;
}
