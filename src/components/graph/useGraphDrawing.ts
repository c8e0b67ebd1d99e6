import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphAnalysis } from '../../engine';
import { startGraphDrawer, type GraphDrawer } from './graphDrawer';
import { drawGraph, drawsSameGraph, OFF_THREAD_NODES, type GraphDrawing } from './graphDrawing';

/**
 * The drawing of `analysis`: made at once for a graph a person would type, and for a
 * larger one in the layout worker (null until it arrives, so the scene can open and say
 * so). While a new drawing of the same graph is on its way (an input changed), the last
 * one stands: the nodes are the same, only some labels' widths may change.
 */
export function useGraphDrawing(analysis: GraphAnalysis): GraphDrawing | null {
  const large = analysis.nodes.length > OFF_THREAD_NODES;
  const here = useMemo(() => (large ? null : drawGraph(analysis)), [analysis, large]);
  const drawer = useRef<GraphDrawer | null>(null);
  const [drawn, setDrawn] = useState<{ for: GraphAnalysis; drawing: GraphDrawing } | null>(null);

  useEffect(
    () => () => {
      drawer.current?.dispose();
      drawer.current = null;
    },
    [],
  );
  useEffect(() => {
    if (!large) return;
    let live = true;
    drawer.current ??= startGraphDrawer();
    drawer.current.draw(analysis).then(
      (drawing) => {
        if (live && drawing !== null) setDrawn({ for: analysis, drawing });
      },
      // Only a fault of the layout itself gets here: made here, it reaches the error boundary.
      () => {
        if (live) setDrawn({ for: analysis, drawing: drawGraph(analysis) });
      },
    );
    return () => {
      live = false;
    };
  }, [analysis, large]);

  if (here !== null) return here;
  return drawn !== null && drawsSameGraph(drawn.for, analysis) ? drawn.drawing : null;
}
