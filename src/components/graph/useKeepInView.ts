import { useEffect, useRef } from 'react';
import { keepInView } from '../common/keepInView';
import type { GraphView } from './graphView';
import type { GraphLayout } from './layout';

/**
 * Scrolls the diagram's container sideways (never the page) so that the node the current
 * step writes stays in view on a graph wider than its panel.
 */
export function useKeepInView(view: GraphView, layout: GraphLayout) {
  const ref = useRef<HTMLDivElement>(null);
  const target = view.step?.writes[0];
  useEffect(() => {
    const container = ref.current;
    if (container === null || target === undefined) return;
    const element = container.querySelector(`[data-testid="${CSS.escape(target)}"]`);
    if (element !== null) keepInView(container, element, 80);
  }, [target, layout]);
  return ref;
}
