import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { mappedNeurons, orderedFeatures, parameterLayout, playgroundSetup } from '../../engine';
import { useAppState, useDerived } from '../../store/StoreProvider';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { colorTable } from './colors';
import {
  diagramEdges,
  diagramGeometry,
  THUMB_PIXELS,
  type DiagramGeometry,
} from './diagramGeometry';
import { DiagramPainter } from './diagramPainter';
import { useDriver, useFrameSink } from './driverContext';
import { EdgeEditor } from './EdgeEditor';
import { EdgeHits } from './EdgeHits';
import { InputThumb } from './InputThumb';
import { EdgeReadout, edgeNames } from './edgeReadout';
import { usePreviewNeuron, useSelectedNeuron } from './selectedNeuron';
import { useBoxSize } from './useBoxSize';

/**
 * Presenter mode's smallest thumbnail (the scene is magnified: 21 px or more on screen).
 * Small enough that eight rows fit a 1280 × 720 projector without scrolling: the room
 * cannot scroll, and a thumbnail's pattern still shows at that size.
 */
const PRESENTER_MIN_THUMB = 16;

/**
 * The network as TensorFlow Playground draws it: a column per layer (the input features'
 * maps, each hidden layer, the output), each neuron a thumbnail of its activation a over
 * the plane (or, in δ mode, its δ on each training example), joined by edges coloured by
 * the weight's sign and as wide as |w|. Every frame is drawn on canvases outside React
 * (DiagramPainter); React renders only when the network or the box changes. In presenter
 * mode the diagram fits the height of its box as well as the width.
 */
export function NeuronDiagram({ layers }: { layers: readonly number[] }) {
  const t = usePlaygroundT();
  const driver = useDriver();
  const mode = useAppState((s) => s.mapMode);
  const presenter = useAppState((s) => s.presenter);
  const config = useDerived((select, s) => select.playground.config(s));
  const points = useDerived((select, s) => select.playground.points(s));
  const { neuron: selected, select } = useSelectedNeuron();
  const preview = usePreviewNeuron();
  const [box, size] = useBoxSize({ width: 480, height: 0 });
  const geometry: DiagramGeometry = useMemo(
    () =>
      presenter
        ? diagramGeometry(layers, size.width, size.height, PRESENTER_MIN_THUMB)
        : diagramGeometry(layers, size.width),
    [layers, size, presenter],
  );
  const edges = useMemo(
    () => diagramEdges(geometry, parameterLayout(layers).weights),
    [geometry, layers],
  );
  const inputs = useMemo(() => orderedFeatures(config.network.features), [config.network.features]);
  const neurons = useMemo(() => mappedNeurons(layers), [layers]);
  const table = useMemo(() => colorTable(), []);
  const painter = useMemo(
    () => new DiagramPainter(geometry, edges, table),
    [geometry, edges, table],
  );
  const thumbs = useRef<(HTMLCanvasElement | null)[]>([]);
  const edgeCanvas = useRef<HTMLCanvasElement>(null);
  const scale = useRef(1);
  const readoutId = useId();
  const active = useRef(-1);
  const readoutEl = useRef<HTMLParagraphElement>(null);
  const names = useMemo(() => edgeNames(edges, inputs, t), [edges, inputs, t]);
  const setup = useMemo(
    () => playgroundSetup(config.network, points.train, config.objective),
    [config.network, config.objective, points.train],
  );
  const readout = useMemo(
    () => new EdgeReadout(edges, names, layers, mode, setup, t),
    [edges, names, layers, mode, setup, t],
  );

  const draw = useCallback(
    (frame: PlaygroundFrame) => {
      const ctxs = thumbs.current.map((c) => c?.getContext('2d'));
      const target = {
        thumbs: ctxs,
        edges: edgeCanvas.current?.getContext('2d'),
        scale: scale.current,
      };
      painter.paint(frame, target, mode, points.train, active.current);
      readout.show(readoutEl.current, frame, active.current);
    },
    [painter, mode, points.train, readout],
  );
  useFrameSink(draw);

  // The edges' canvas matches the screen's pixels (presenter mode magnifies the scene).
  useEffect(() => {
    const canvas = edgeCanvas.current;
    if (canvas === null) return;
    const shown = canvas.getBoundingClientRect().width;
    const s = Math.min(4, Math.max(1, (shown / geometry.width) * window.devicePixelRatio));
    scale.current = Number.isFinite(s) ? s : 1;
    canvas.width = Math.round(geometry.width * scale.current);
    canvas.height = Math.round(geometry.height * scale.current);
    driver.redraw();
  }, [geometry, driver]);

  const onActive = useCallback(
    (index: number) => {
      active.current = index;
      const frame = driver.frame;
      if (frame !== null) draw(frame);
      else readout.show(readoutEl.current, null, index);
    },
    [driver, draw, readout],
  );

  // A picked edge opens its weight's box on the diagram, and its neuron's gradient panel
  // marks the weight's row.
  const [editing, setEditing] = useState(-1);
  const onPick = useCallback(
    (index: number) => {
      const edge = edges[index];
      if (edge === undefined) return;
      setEditing(index);
      select({ layer: edge.column + 1, index: edge.to }, { from: edge.from });
    },
    [edges, select],
  );
  const editedEdge = edges[editing];
  const closeEditor = useCallback(() => setEditing(-1), []);
  const stage = useRef<HTMLDivElement>(null);
  const editorDone = useCallback(() => {
    setEditing(-1);
    stage.current
      ?.querySelector<SVGPathElement>(`.edge-hit[data-edge="${editing}"]`)
      ?.focus({ preventScroll: true });
  }, [editing]);

  const columnName = (c: number) =>
    c === 0
      ? t('playground.diagramInputs')
      : c === layers.length - 1
        ? t('playground.outputLayer')
        : t('playground.hiddenLayer', { layer: c });
  const { thumb, gap } = geometry;
  // Presenter mode fits the diagram to its box, and narrow columns there ran the names
  // into one another ("HiddenHidden"): the type shrinks so that "Hidden" fits a column.
  const fontSize = presenter ? `min(0.8rem, ${((thumb + gap - 6) / 3.7).toFixed(1)}px)` : undefined;
  return (
    <>
      <div className="neuron-diagram-box" ref={box}>
        <div
          className="neuron-diagram"
          data-testid="neuron-diagram"
          data-layers={layers.join(',')}
          data-thumb={thumb}
          style={{ width: geometry.width, height: geometry.height }}
        >
          <div className="diagram-stage" ref={stage} style={{ width: geometry.width }}>
            <canvas
              ref={edgeCanvas}
              className="diagram-edges"
              data-testid="neuron-edges"
              data-edges={edges.length}
              style={{ width: geometry.width, height: geometry.height }}
              aria-hidden="true"
            />
            {geometry.columnX.map((x, c) => (
              <span
                key={c}
                className="diagram-column-name"
                style={{
                  left: x - gap / 2,
                  width: thumb + gap,
                  fontSize,
                  // The inputs' name, when wider than its column, reaches left over the
                  // features' names (free room), not right into the next column's name:
                  // centred while it fits, else aligned to the right ("start" in rtl).
                  ...(c === 0 ? { justifyContent: 'safe center', direction: 'rtl' } : {}),
                }}
              >
                {columnName(c)}
              </span>
            ))}
            {(geometry.columns[0] ?? []).map((node, k) => (
              <InputThumb
                key={inputs[k]}
                feature={inputs[k]}
                node={node}
                size={thumb}
                table={table}
              />
            ))}
            <EdgeHits
              geometry={geometry}
              edges={edges}
              names={names}
              readoutId={readoutId}
              onActive={onActive}
              onPick={onPick}
            />
            {editedEdge !== undefined && (
              <EdgeEditor
                key={editing}
                edge={editedEdge}
                name={names[editing] ?? ''}
                width={geometry.width}
                height={geometry.height}
                onClose={closeEditor}
                onDone={editorDone}
              />
            )}
            {neurons.map((n, m) => {
              const node = geometry.columns[n.layer]?.[n.index];
              if (node === undefined) return null;
              const isSelected = selected?.layer === n.layer && selected.index === n.index;
              return (
                <button
                  key={`${n.layer}-${n.index}`}
                  type="button"
                  className={cx('neuron-map', isSelected && 'selected')}
                  style={{ left: node.x, top: node.y, width: thumb, height: thumb }}
                  aria-pressed={isSelected}
                  aria-label={
                    n.layer === layers.length - 1
                      ? t('playground.outputNeuronAria', { map: t(`playground.mapMode.${mode}`) })
                      : t('playground.neuronAria', {
                          layer: n.layer,
                          j: n.index + 1,
                          map: t(`playground.mapMode.${mode}`),
                        })
                  }
                  onClick={() => select(isSelected ? null : n)}
                  onPointerEnter={(e) => e.pointerType !== 'touch' && preview.show(n)}
                  onPointerLeave={() => preview.show(null)}
                  onFocus={() => preview.show(n)}
                  onBlur={() => preview.show(null)}
                  data-testid={`neuron-map-${n.layer}-${n.index}`}
                >
                  <canvas
                    ref={(el) => {
                      thumbs.current[m] = el;
                    }}
                    width={THUMB_PIXELS}
                    height={THUMB_PIXELS}
                  />
                </button>
              );
            })}
          </div>
        </div>
      </div>
      <p id={readoutId} className="edge-readout muted" data-testid="edge-readout" ref={readoutEl} />
    </>
  );
}
