import { useEffect, useRef } from 'react';
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
    if (container.scrollWidth <= container.clientWidth) return;
    const element = container.querySelector(`[data-testid="${CSS.escape(target)}"]`);
    if (element === null) return;
    const box = element.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    const margin = 80;
    let left = container.scrollLeft;
    if (box.left < frame.left + margin) left += box.left - frame.left - margin;
    else if (box.right > frame.right - margin) left += box.right - frame.right + margin;
    else return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    container.scrollTo({ left, behavior: reduce ? 'auto' : 'smooth' });
  }, [target, layout]);
  return ref;
}
