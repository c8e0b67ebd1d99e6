import { useCallback, useEffect, useMemo } from 'react';
import type { NetworkScenario, Trace } from '../../engine';
import { useAppState, useAppStoreApi } from '../../store/StoreProvider';
import { translate } from '../../i18n/translate';
import { useT } from '../common/hooks';
import { AmpNode } from './AmpNode';
import type { BandTitles } from './bandTitles';
import { BiasNode } from './BiasNode';
import { isCoarse } from './coarseDrawing';
import { CoarseStepEdges, DiagramEdges } from './DiagramEdges';
import { isLarge, pairsByLayer } from './edgePairs';
import { WireLayer } from './WireLayer';
import { CostNode } from './CostNode';
import { FlowLayer } from './FlowLayer';
import { createLabelModel } from './labelModel';
import { MomentFeed } from './momentFeed';
import { MomentFeedContext } from './useMoment';
import { diagramGeometry } from './diagramGeometry';
import type { Box, NetworkLayout } from './layout';
import { NeuronNode } from './NeuronNode';
import { TargetLabel } from './TargetLabel';
import { useLayersShown } from './useLayersShown';
import { WireCanvas } from './WireCanvas';

interface Props {
  readonly scenario: NetworkScenario;
  /** The layout fitted to the panel (see useNetworkLayout). */
  readonly layout: NetworkLayout;
  readonly titles: BandTitles;
  /** 1 is the fitted layout at its own size; other values magnify or shrink it. */
  readonly scale: number;
}

/** The layout for the panel's box, with the titles in the page's language. */
export function useNetworkLayout(layers: readonly number[], box: Box) {
  const lang = useAppState((s) => s.lang);
  const presenter = useAppState((s) => s.presenter);
  const { width, height } = box;
  return useMemo(
    () =>
      diagramGeometry(layers, { presenter, box: { width, height } }, (key, params) =>
        translate(lang, key, params),
      ),
    [layers, presenter, width, height, lang],
  );
}

/**
 * The forward network (top) and its reverse network of op-amps (bottom), drawn as SVG.
 * React owns which elements exist, keyed by the engine's stable ids; each element
 * follows just the numbers and the moment it draws through the diagram's feed
 * (momentFeed.ts), and draws its labels where the label model placed them. The flow animation is D3's (FlowLayer).
 */
export function NetworkDiagram({ scenario, layout, titles, scale }: Props) {
  const t = useT();
  const layers = scenario.layers;
  const coarse = isCoarse(layers);
  // A new trace (another step's values) gets its label model from the feed; a new shape,
  // size or language a new feed.
  const modelFor = useCallback(
    (trace: Trace) =>
      coarse
        ? null
        : createLabelModel({ layers, layout, titles, value: (key) => trace.values.get(key) }),
    [coarse, layers, layout, titles],
  );
  const { store, select } = useAppStoreApi();
  const feed = useMemo(() => new MomentFeed(store, select, modelFor), [store, select, modelFor]);
  useEffect(() => {
    feed.start();
    return () => feed.stop();
  }, [feed]);
  // Drawn coarse, only the edges the step uses are elements of their own (CoarseStepEdges):
  // the diagram itself does not re-render at each step.
  const groups = useMemo(() => (coarse ? [] : pairsByLayer(layers)), [coarse, layers]);
  const large = !coarse && isLarge(layers);
  // A network of thousands of elements is drawn a layer at a time (the editor's largest,
  // 8 × 16, held the page a second in one task); a small one at once.
  const shown = useLayersShown(layers, coarse || large);
  const drawn = shown === layers.length;
  // The edges of the layers shown, each layer's list the same from one render to the next.
  const shownGroups = useMemo(
    () => (drawn ? groups : groups.slice(0, Math.max(0, shown - 1))),
    [drawn, groups, shown],
  );
  const neurons = layers
    .slice(0, shown)
    .flatMap((n, l) => Array.from({ length: n }, (_, j) => ({ l, j })));
  const last = layers.length - 1;
  // Neurons with a bias and an op-amp: every layer but the input.
  const computed = neurons.filter(({ l }) => l > 0);

  return (
    <>
      {coarse && (
        <WireCanvas layers={layers} weights={scenario.weights} layout={layout} scale={scale} />
      )}
      {large && (
        <WireLayer groups={shownGroups} weights={scenario.weights} layout={layout} scale={scale} />
      )}
      <svg
        className={`network-diagram density-${layout.density} layout-${layout.type}${coarse || large ? ' layered' : ''}${coarse ? ' coarse' : ''}`}
        width={Math.round(layout.width * scale)}
        height={Math.round(layout.height * scale)}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('diagram.label')}
        data-testid="network-diagram"
        data-drawn={drawn ? 'true' : 'false'}
      >
        <defs>
          <marker
            id="arrow-forward"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrowhead" />
          </marker>
        </defs>
        {[titles.forward, titles.reverse].map((title, i) => (
          <text
            key={title.text}
            className={i === 0 ? 'band-title' : 'band-title reverse'}
            x={title.x}
            y={title.y}
            fontSize={title.fontSize}
          >
            {title.text}
          </text>
        ))}
        <text
          className="band-legend"
          x={titles.legend.x}
          y={titles.legend.y}
          fontSize={titles.legend.fontSize}
        >
          {titles.legend.text}
        </text>
        {!drawn && (
          <text
            className="band-legend drawing-note"
            data-testid="drawing-note"
            role="status"
            x={titles.legend.x}
            y={layout.dividerY - titles.legend.fontSize}
            fontSize={titles.legend.fontSize}
          >
            {t('netDiagram.drawing', {
              shown,
              total: layers.length,
              neurons: layers.reduce((sum, n) => sum + n, 0),
            })}
          </text>
        )}
        <line
          className="band-divider"
          x1={0}
          x2={layout.width}
          y1={layout.dividerY}
          y2={layout.dividerY}
        />
        <MomentFeedContext value={feed}>
          {coarse ? (
            <CoarseStepEdges layers={layers} layout={layout} />
          ) : (
            <DiagramEdges layers={layers} groups={shownGroups} layout={layout} bundled={large} />
          )}
          {drawn && <CostNode outputs={layers[last] ?? 0} layout={layout} />}
          <g className="neurons">
            {neurons.map(({ l, j }) => (
              <NeuronNode
                key={`n${l}-${j}`}
                layers={layers}
                layer={l}
                j={j}
                at={layout.neurons[l]?.[j] ?? { x: 0, y: 0 }}
                layout={layout}
              />
            ))}
          </g>
          <g className="biases">
            {computed.map(({ l, j }) => (
              <BiasNode key={`b${l}-${j}`} layers={layers} layer={l} j={j} layout={layout} />
            ))}
          </g>
          <g className="amps">
            {computed.map(({ l, j }) => (
              <AmpNode key={`a${l}-${j}`} layers={layers} layer={l} j={j} layout={layout} />
            ))}
          </g>
          <g className="targets">
            {Array.from({ length: drawn ? (layers[last] ?? 0) : 0 }, (_, j) => (
              <TargetLabel key={`t${j}`} j={j} layout={layout} />
            ))}
          </g>
        </MomentFeedContext>
      </svg>
      {/* The travelling values have a layer of their own, over the diagram: animated inside
          it, they made the browser repaint every element of a large network at every frame. */}
      <svg
        className="flow-overlay"
        width={Math.round(layout.width * scale)}
        height={Math.round(layout.height * scale)}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        aria-hidden="true"
      >
        <FlowLayer layout={layout} />
      </svg>
    </>
  );
}
