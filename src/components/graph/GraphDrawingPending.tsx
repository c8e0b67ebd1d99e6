import type { GraphAnalysis } from '../../engine';
import { graphSceneText } from '../../i18n/graphScene/translate';
import { useAppState } from '../../store/StoreProvider';

/** 1001 as "1,001" (toLocaleString's first call sets up ICU: 35 ms as the scene opened). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Where the circuit goes while a large graph is laid out in the background: what is
 * coming and how big it is, with a moving bar so the page does not look stuck.
 */
export function GraphDrawingPending({ analysis }: { analysis: GraphAnalysis }) {
  const lang = useAppState((s) => s.lang);
  const wires = analysis.nodes.reduce((n, node) => n + node.inputs.length, 0);
  return (
    <div className="graph-diagram-panel graph-drawing-pending" data-testid="graph-drawing-pending">
      <div className="graph-pending-box" role="status">
        <p className="graph-pending-title">
          {graphSceneText(lang, 'graph.drawing.pending', {
            nodes: grouped(analysis.nodes.length),
            wires: grouped(wires),
          })}
        </p>
        <div className="graph-pending-bar" aria-hidden="true">
          <span />
        </div>
        <p className="graph-pending-note">{graphSceneText(lang, 'graph.drawing.pendingNote')}</p>
      </div>
    </div>
  );
}
