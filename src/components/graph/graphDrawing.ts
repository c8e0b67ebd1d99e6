import type { GraphAnalysis } from '../../engine';
import { planLabels } from './labelPlan';
import { layoutGraph, type GraphLayout } from './layout';

/**
 * Everything the diagram needs that depends only on the analysis: where each node and
 * wire goes, and the keys of the labels that do not fit. Pure, and plain data: it comes
 * back from the layout worker as it is (the label plan's rectangles stay there, which
 * halves what the page has to read).
 */
export interface GraphDrawing {
  readonly layout: GraphLayout;
  readonly hidden: ReadonlySet<string>;
}

export function drawGraph(analysis: GraphAnalysis): GraphDrawing {
  const layout = layoutGraph(analysis);
  return { layout, hidden: planLabels(analysis, layout).hidden };
}

/**
 * Graphs with more nodes than this are laid out off the page's thread: the longest
 * expression a link may hold (1,001 nodes) took 150–300 ms, in one task, as the scene
 * opened. Every preset and every expression a person types by hand stays well under it
 * and is drawn at once.
 */
export const OFF_THREAD_NODES = 200;

/** True when `drawing` was made for a graph with the same nodes and wires as `analysis`. */
export function drawsSameGraph(drawn: GraphAnalysis, analysis: GraphAnalysis): boolean {
  if (drawn === analysis) return true;
  if (drawn.nodes.length !== analysis.nodes.length || drawn.output !== analysis.output)
    return false;
  return drawn.nodes.every((node, i) => {
    const other = analysis.nodes[i];
    return (
      other !== undefined &&
      other.id === node.id &&
      other.inputs.length === node.inputs.length &&
      other.inputs.every((id, slot) => node.inputs[slot] === id)
    );
  });
}
