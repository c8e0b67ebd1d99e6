import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import type { Zoom } from '../common/ZoomControls';
import { GraphEdge } from './GraphEdge';
import { GraphFlowLayer } from './GraphFlowLayer';
import { GraphNode } from './GraphNode';
import type { GraphView } from './graphView';
import type { GraphLayout } from './layout';
import { OutputTerminal } from './OutputTerminal';

/**
 * The diagram never shrinks below its design size (its smallest labels are 14 px); a
 * graph wider than its panel scrolls.
 */
export const MIN_SCALE = 1;

/** Small graphs may grow this much to fill their panel (a projector in a lecture hall). */
export const MAX_SCALE = 1.25;

/**
 * The circuit: wires first, then nodes on top, then the output terminal and the layer D3
 * animates. React owns which elements exist, keyed by the engine's stable ids.
 */
export function GraphDiagram({
  view,
  layout,
  zoom = 'fit',
}: {
  view: GraphView;
  layout: GraphLayout;
  zoom?: Zoom;
}) {
  const t = useT();
  const focus = useAppState((s) => s.focus);
  return (
    <svg
      className="graph-diagram"
      style={
        zoom === 'fit'
          ? {
              minWidth: `${Math.round(layout.width * MIN_SCALE)}px`,
              maxWidth: `${Math.round(layout.width * MAX_SCALE)}px`,
            }
          : { width: `${Math.round(layout.width * zoom)}px`, minWidth: 0, maxWidth: 'none' }
      }
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={t('graph.diagramLabel')}
    >
      <g className="graph-edges">
        {layout.edges.map((edge) => (
          <GraphEdge
            key={edge.id}
            edge={edge}
            view={view}
            branch={(view.analysis.byId.get(edge.from)?.uses.length ?? 0) >= 2}
          />
        ))}
      </g>
      <OutputTerminal view={view} layout={layout} focused={focus === 'graph-output'} />
      <g className="graph-nodes">
        {view.analysis.nodes.map((node) => {
          const box = layout.nodes.get(node.id);
          return box === undefined ? null : (
            <GraphNode
              key={node.id}
              node={node}
              box={box}
              view={view}
              focused={focus === node.domId}
            />
          );
        })}
      </g>
      {!view.preview && <GraphFlowLayer analysis={view.analysis} layout={layout} />}
    </svg>
  );
}
