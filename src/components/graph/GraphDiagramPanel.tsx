import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import '../../styles/graphDiagram.css';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { ZoomControls, type Zoom } from '../common/ZoomControls';
import { GraphDiagram } from './GraphDiagram';
import type { GraphView } from './graphView';
import type { GraphDrawing } from './graphDrawing';
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
  drawing,
  className,
}: {
  view: GraphView;
  drawing: GraphDrawing;
  className?: string;
}) {
  const { layout, hidden } = drawing;
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const frame = useDiagramFrame(box);
  const { scale, fit, min, max } = diagramScale(layout, frame, zoom);
  const window = useScrollWindow(box, svg, scale, layout);
  useKeepInView(box, svg, layout, view.step, scale);

  // Zooming about a point: after the new scale is drawn, scroll so the point stays put.
  const anchor = useRef<ZoomAnchor | null>(null);
  const onPinch = useCallback(
    (next: number, at: ZoomAnchor) => {
      anchor.current = at;
      setZoom(Math.min(max, Math.max(min, next)));
    },
    [min, max],
  );
  usePinchZoom(box, svg, scale, onPinch);
  useLayoutEffect(() => {
    const at = anchor.current;
    const drawn = svg.current;
    const container = box.current;
    anchor.current = null;
    if (at === null || drawn === null || container === null) return;
    const now = drawn.getBoundingClientRect();
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
          ref={svg}
          view={view}
          layout={layout}
          hidden={hidden}
          scale={scale}
          window={window}
        />
      </div>
    </div>
  );
}
