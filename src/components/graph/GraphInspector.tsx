import { formatNumber } from '../../lib/format';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { inspectGraphNode, inspectorTitle, nodeForDomId } from './graphInspect';
import type { GraphView } from './graphView';

/**
 * All the numbers of the hovered, focused or tapped node of the graph at the current step:
 * value, gradient, local gradients and what each input receives.
 */
export function GraphInspector({ view }: { view: GraphView }) {
  const t = useT();
  const focus = useAppState((s) => s.focus);
  const node = focus === null ? undefined : nodeForDomId(view, focus);
  const rows = node === undefined ? [] : inspectGraphNode(view, node, t);
  return (
    <section className="panel inspector" aria-labelledby="graph-inspector-title">
      <h2 id="graph-inspector-title">{t('inspector.title')}</h2>
      {node === undefined ? (
        <p className="muted">{t('graph.inspector.hint')}</p>
      ) : (
        <>
          <h3>{inspectorTitle(node, t, focus === 'graph-output')}</h3>
          <dl>
            {rows.map(([label, value], i) => (
              <div key={i} className="row">
                <dt>{label}</dt>
                <dd title={value === undefined ? undefined : String(value)}>
                  {value === undefined ? '—' : formatNumber(value, 6)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
