import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useDerived } from '../../store/StoreProvider';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { usePlaygroundT } from './usePlaygroundT';
import { colorTable } from './colors';
import { useDriverStatus, useFrameSink } from './driverContext';
import { HoverReadout, type Hover } from './HoverReadout';
import { LossCurves } from './LossCurves';
import { MapPainter, mapValueAt } from './mapPainter';
import { OutputLegend } from './OutputLegend';
import { usePreviewNeuron, type NeuronRef } from './selectedNeuron';
import { OwnDataTools } from './OwnDataTools';
import { PointsLayer } from './PointsLayer';
import type { PlanePoint } from './usePlaneEditor';
import { LARGE_MAP_RADIUS, paintNeuron } from './deltaPainter';
import { mappedNeurons, PLANE } from '../../engine';
import { formatNumber } from '../../lib/format';

/** The canvas's pixels per side (it is scaled down by CSS on a phone). */
const SIZE = 400;

/**
 * The map is a background, paler than the points over it (as the Playground paints it):
 * at full strength an orange point on a fully trained orange region showed only its ring.
 */
const BACKGROUND_ALPHA = 0.65;

/** Where neuron `ref`'s map is among a frame's neuron maps (−1 when the network has none). */
function previewIndex(layers: readonly number[], ref: NeuronRef): number {
  return mappedNeurons(layers).findIndex((n) => n.layer === ref.layer && n.index === ref.index);
}

/** The ticks along each side of the plane: its edges and its middle. */
const TICKS = [formatNumber(-PLANE), '0', formatNumber(PLANE)] as const;

/**
 * The decision map: the network's output over the input plane (orange −1, blue +1), with
 * the training points (white ring) and, when asked, the test points (black ring) over it,
 * on a layer of their own where own data is edited. The map is drawn at every frame from
 * the worker's map; the test hook `decision-map` carries the frame's train loss, test loss
 * and iteration, and whether that frame is of the current data and network yet. With
 * `extras` (all but presenter mode) the loss chart and the legend follow under it.
 */
export function DecisionMap({ extras = true }: { extras?: boolean }) {
  const t = usePlaygroundT();
  const points = useDerived((select, s) => select.playground.points(s));
  const own = useAppState((s) => s.trainingData.source === 'own');
  // In the store, so that a link keeps it (TensorFlow Playground's showTestData).
  const showTest = useAppState((s) => s.showTestData);
  const discretize = useAppState((s) => s.discretize);
  const painter = useMemo(() => new MapPainter(colorTable()), []);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<PlaygroundFrame | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const { fresh } = useDriverStatus();
  // A neuron pointed at on the diagram: its map shows here meanwhile, as the map mode
  // draws it (its activation, or its δ over the training examples).
  const preview = usePreviewNeuron().neuron;
  const mode = useAppState((s) => s.mapMode);
  const outputLayer = useAppState((s) => s.hiddenLayers.length + 1);

  const draw = useCallback(
    (frame: PlaygroundFrame) => {
      last.current = frame;
      const el = box.current;
      if (el !== null) {
        el.dataset.trainLoss = String(frame.trainLoss);
        el.dataset.testLoss = String(frame.testLoss);
        el.dataset.iteration = String(frame.iteration);
      }
      const ctx = canvas.current?.getContext('2d');
      if (ctx === null || ctx === undefined) return;
      const m = preview === null ? -1 : previewIndex(frame.layers, preview);
      if (m >= 0 && mode === 'delta' && frame.delta !== null) {
        paintNeuron(ctx, painter, frame, m, mode, points.train, LARGE_MAP_RADIUS);
        return;
      }
      if (m >= 0 && frame.neurons !== null) {
        const n = frame.neurons.resolution;
        painter.paint(ctx, frame.neurons.values, m * n * n, n, BACKGROUND_ALPHA, discretize);
        return;
      }
      if (frame.decision === null) return;
      painter.paint(
        ctx,
        frame.decision.values,
        0,
        frame.decision.resolution,
        BACKGROUND_ALPHA,
        discretize,
      );
    },
    [painter, discretize, preview, mode, points.train],
  );
  useFrameSink(draw);
  // Switching the map to its sign (or back) repaints the frame shown, even while paused.
  useEffect(() => {
    if (last.current !== null) draw(last.current);
  }, [draw]);

  const onHover = useCallback((at: PlanePoint | null) => {
    const decision = last.current?.decision ?? null;
    if (at === null) setHover(null);
    else
      setHover({
        ...at,
        output:
          decision === null ? NaN : mapValueAt(decision.values, decision.resolution, at.x1, at.x2),
      });
  }, []);

  return (
    <div className="playground-panel">
      <h3>
        {preview === null
          ? t('playground.output')
          : t(`playground.previewTitle.${mode}`, {
              neuron:
                preview.layer === outputLayer
                  ? t('playground.outputLayer')
                  : t('playground.neuronName', { layer: preview.layer, j: preview.index + 1 }),
            })}
      </h3>
      <div className="plot-frame">
        {/* The plane's ticks, as the Playground marks them: x₂ up the side, x₁ along the foot. */}
        <span className="plot-axis-y" aria-hidden="true">
          {[...TICKS].reverse().map((tick) => (
            <span key={tick}>{tick}</span>
          ))}
        </span>
        <div
          ref={box}
          className="decision-map"
          data-testid="decision-map"
          data-train-points={points.train.length}
          data-test-points={points.test.length}
          data-current={fresh}
          data-preview={preview === null ? undefined : `${preview.layer}-${preview.index}`}
          data-preview-mode={preview === null ? undefined : mode}
        >
          <canvas ref={canvas} width={SIZE} height={SIZE} aria-hidden="true" />
          <PointsLayer
            points={points}
            showTest={showTest}
            editable={own}
            size={SIZE}
            onHover={onHover}
          />
        </div>
        <span className="plot-axis-x" aria-hidden="true">
          {TICKS.map((tick) => (
            <span key={tick}>{tick}</span>
          ))}
        </span>
      </div>
      <HoverReadout hover={hover} points={points} showTest={showTest} />
      {own && <OwnDataTools />}
      {extras && <LossCurves />}
      {extras && <OutputLegend />}
    </div>
  );
}
