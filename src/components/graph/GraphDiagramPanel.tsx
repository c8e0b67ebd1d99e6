import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import '../../styles/graphDiagram.css';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { ZoomControls, type Zoom } from '../common/ZoomControls';
import { GraphDiagram } from './GraphDiagram';
import type { GraphView } from './graphView';
import { planLabels } from './labelPlan';
import type { GraphLayout } from './layout';
import { diagramScale } from './scale';
import { useDiagramFrame } from './useDiagramFrame';
import { useKeepInView } from './useKeepInView';
import { usePinchZoom, type ZoomAnchor } from './usePinchZoom';
import { useScrollWindow } from './useScrollWindow';

/**
 * The circuit in its box: the legend, the zoom buttons (−, Fit, +; pinch on touch) and the
 * scrolling box, which fits the whole circuit when it can be read that way and otherwise
 * follows the current step. The page decides the box's size (see DiagramFrame).
 */
export function GraphDiagramPanel({
  view,
  layout,
  className,
}: {
  view: GraphView;
  layout: GraphLayout;
  className?: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const drawing = useRef<SVGSVGElement>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const frame = useDiagramFrame(box);
  const { scale, fit, min, max } = diagramScale(layout, frame, zoom);
  const plan = useMemo(() => planLabels(view.analysis, layout), [view.analysis, layout]);
  const window = useScrollWindow(box, drawing, scale, layout);
  useKeepInView(box, drawing, layout, view.step, scale);

  // Zooming about a point: after the new scale is drawn, scroll so the point stays put.
  const anchor = useRef<ZoomAnchor | null>(null);
  const onPinch = useCallback(
    (next: number, at: ZoomAnchor) => {
      anchor.current = at;
      setZoom(Math.min(max, Math.max(min, next)));
    },
    [min, max],
  );
  usePinchZoom(box, drawing, scale, onPinch);
  useLayoutEffect(() => {
    const at = anchor.current;
    const svg = drawing.current;
    const container = box.current;
    anchor.current = null;
    if (at === null || svg === null || container === null) return;
    const now = svg.getBoundingClientRect();
    container.scrollBy(now.left + at.x * scale - at.clientX, now.top + at.y * scale - at.clientY);
  }, [scale]);

  return (
    <div
      className={cx('graph-diagram-panel', className)}
      // Beside the code view, the panel asks for the circuit's own width.
      style={{ flexBasis: `${Math.round(layout.width) + 2}px` }}
    >
      <div className="graph-diagram-bar">
        <p className="graph-legend" aria-hidden="true">
          <span className="legend-value">{t('graph.legendValue')}</span>
          <span className="legend-grad">{t('graph.legendGrad')}</span>
        </p>
        <ZoomControls zoom={zoom} onZoom={setZoom} fitScale={fit} min={min} max={max} />
      </div>
      <div
        ref={box}
        className={cx('diagram-scroll graph-scroll', view.preview && 'previewing')}
        style={frame.limit === undefined ? undefined : { maxHeight: `${frame.limit}px` }}
      >
        {view.preview && <p className="preview-badge">{t('graph.preview')}</p>}
        <GraphDiagram
          ref={drawing}
          view={view}
          layout={layout}
          plan={plan}
          scale={scale}
          window={window}
        />
      </div>
    </div>
  );
}
