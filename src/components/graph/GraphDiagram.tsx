import { useMemo, type Ref } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import type { Rect } from './geometry';
import { GraphEdge } from './GraphEdge';
import { GraphFlowLayer } from './GraphFlowLayer';
import { GraphLane } from './GraphLane';
import { GraphNode } from './GraphNode';
import { completedSums, edgeActivity, involvementOf, known, type GraphView } from './graphView';
import { labelKey } from './labelPlan';
import type { GraphLayout } from './layout';
import { OutputTerminal } from './OutputTerminal';
import { drawnParts, pinsFor } from './viewport';

interface Props {
  readonly view: GraphView;
  readonly layout: GraphLayout;
  /** Keys of the labels that do not fit (see labelPlan). */
  readonly hidden: ReadonlySet<string>;
  /** CSS pixels per layout unit. */
  readonly scale: number;
  /** The part of the drawing in view (layout units), once measured. */
  readonly window: Rect | null;
  readonly ref?: Ref<SVGSVGElement>;
}

/** The node ids a step touches: drawn wherever they are, so their hooks always exist. */
function stepNodes(view: GraphView): string[] {
  const step = view.step;
  if (step === undefined) return [];
  return [...step.writes, ...step.reads].flatMap((domId) => {
    const node = view.analysis.nodes.find((n) => n.domId === domId);
    return node === undefined ? [] : [node.id];
  });
}

/**
 * The circuit: lanes and wires first, then nodes on top, then the output terminal and the
 * layer D3 animates. React owns which elements exist, keyed by the engine's stable ids;
 * each node and wire gets only the numbers it shows, so a step re-renders the few that
 * change. A large graph draws only what is near the part in view (./viewport).
 */
export function GraphDiagram({ view, layout, hidden, scale, window, ref }: Props) {
  const t = useT();
  const focus = useAppState((s) => s.focus);
  const keep = useMemo(() => stepNodes(view), [view]);
  const parts = useMemo(() => drawnParts(layout, window, keep), [layout, window, keep]);
  const pins = useMemo(() => pinsFor(layout, window), [layout, window]);
  const sums = new Set(completedSums(view).map((n) => n.id));
  const width = Math.round(layout.width * scale);
  const height = Math.round(layout.height * scale);
  const { analysis } = view;

  return (
    <svg
      ref={ref}
      className="graph-diagram"
      style={{ width: `${width}px`, height: `${height}px` }}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      data-scale={scale.toFixed(3)}
      role="group"
      aria-label={t('graph.diagramLabel')}
    >
      <g className="graph-lanes">
        {parts.lanes.map((span) => (
          <GraphLane key={span.lane.source} lane={span.lane} from={span.from} to={span.to} />
        ))}
      </g>
      <g className="graph-edges">
        {parts.edges.map((edge) => {
          const from = analysis.byId.get(edge.from);
          const sent = analysis.byId.get(edge.to)?.contributions[edge.slot];
          const branch =
            (from?.uses.length ?? 0) >= 2 &&
            typeof sent === 'number' &&
            known(view, `contrib:${edge.to}:${edge.from}`) !== undefined;
          const lane = edge.lane === undefined ? undefined : layout.lanes.get(edge.lane);
          const end = lane?.segments[lane.segments.length - 1]?.to;
          const start = edge.segments[0]?.to;
          const overflow = hidden.has(labelKey('branch', edge.id));
          const gateFocused = focus !== null && focus === analysis.byId.get(edge.to)?.domId;
          return (
            <GraphEdge
              key={edge.id}
              edge={edge}
              activity={edgeActivity(view, edge.from, edge.to, edge.slot)}
              sent={branch && (!overflow || gateFocused) ? sent : undefined}
              overflow={overflow}
              junction={end !== undefined && (end.x !== start?.x || end.y !== start.y)}
            />
          );
        })}
      </g>
      <OutputTerminal view={view} layout={layout} focused={focus === 'graph-output'} />
      <g className="graph-nodes">
        {analysis.nodes.map((node) => {
          if (parts.nodes !== 'all' && !parts.nodes.has(node.id)) return null;
          const pin = pins.get(node.id);
          const box = pin ?? layout.nodes.get(node.id);
          return box === undefined ? null : (
            <GraphNode
              key={node.id}
              node={node}
              box={box}
              pinned={pin !== undefined}
              analysis={analysis}
              hidden={hidden}
              value={known(view, `value:${node.id}`)}
              grad={known(view, `grad:${node.id}`)}
              involvement={involvementOf(view, node.domId)}
              summing={sums.has(node.id)}
              focused={focus === node.domId}
            />
          );
        })}
      </g>
      {!view.preview && <GraphFlowLayer analysis={analysis} layout={layout} />}
    </svg>
  );
}
