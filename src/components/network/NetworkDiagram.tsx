import { useMemo } from 'react';
import type { NetworkScenario } from '../../engine';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import type { Zoom } from '../common/ZoomControls';
import { AmpNode } from './AmpNode';
import { BiasNode } from './BiasNode';
import { CostNode } from './CostNode';
import { EdgeLine } from './EdgeLine';
import { FlowLayer } from './FlowLayer';
import { layoutNetwork } from './layout';
import { NeuronNode } from './NeuronNode';
import { ReverseEdge } from './ReverseEdge';
import { TargetLabel } from './TargetLabel';

/**
 * The diagram shrinks to fit its panel down to this scale, then scrolls, so labels never
 * get smaller than 75% of their design size.
 */
const MIN_SCALE = 0.75;

interface Props {
  readonly scenario: NetworkScenario;
  readonly zoom?: Zoom;
}

/**
 * The forward network (top) and its reverse network of op-amps (bottom), drawn as SVG.
 * React owns which elements exist, keyed by the engine's stable ids; each element
 * subscribes to just the numbers it draws. The flow animation is D3's (FlowLayer).
 */
export function NetworkDiagram({ scenario, zoom = 'fit' }: Props) {
  const t = useT();
  const presenter = useAppState((s) => s.presenter);
  const layers = scenario.layers;
  const layout = useMemo(() => layoutNetwork(layers, { presenter }), [layers, presenter]);
  const pairs = useMemo(
    () =>
      layers.slice(0, -1).flatMap((fanIn, l) =>
        Array.from({ length: (layers[l + 1] ?? 0) * fanIn }, (_, i) => ({
          l,
          j: Math.floor(i / fanIn),
          k: i % fanIn,
        })),
      ),
    [layers],
  );
  // Weight labels are drawn everywhere only while they cannot collide.
  const labelEdges = (l: number) => (layers[l] ?? 0) * (layers[l + 1] ?? 0) <= 9;
  const neurons = layers.flatMap((n, l) => Array.from({ length: n }, (_, j) => ({ l, j })));
  const last = layers.length - 1;
  // Neurons with a bias and an op-amp: every layer but the input.
  const computed = neurons.filter(({ l }) => l > 0);

  return (
    <svg
      className={`network-diagram density-${layout.density}`}
      style={
        zoom === 'fit'
          ? { minWidth: `${Math.round(layout.width * MIN_SCALE)}px`, maxWidth: `${layout.width}px` }
          : { width: `${Math.round(layout.width * zoom)}px`, minWidth: 0, maxWidth: 'none' }
      }
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={t('diagram.label')}
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
      <text className="band-title" x={16} y={layout.forwardTop - 8} fontSize={layout.fontSize + 1}>
        {t('diagram.forward')} →
      </text>
      <text
        className="band-title reverse"
        x={16}
        y={layout.reverseTop - 8}
        fontSize={layout.fontSize + 1}
      >
        ← {t('diagram.reverse')}
      </text>
      <line
        className="band-divider"
        x1={0}
        x2={layout.width}
        y1={layout.reverseTop - 40}
        y2={layout.reverseTop - 40}
      />
      <g className="edges">
        {pairs.map(({ l, j, k }) => (
          <EdgeLine
            key={`e${l}-${k}-${j}`}
            layers={layers}
            layer={l}
            k={k}
            j={j}
            layout={layout}
            showLabels={labelEdges(l)}
          />
        ))}
      </g>
      <g className="reverse-edges">
        {pairs
          .filter(({ l }) => l > 0)
          .map(({ l, j, k }) => (
            <ReverseEdge
              key={`r${l}-${k}-${j}`}
              layer={l}
              k={k}
              j={j}
              layout={layout}
              showLabels={labelEdges(l)}
            />
          ))}
      </g>
      <CostNode outputs={layers[last] ?? 0} layout={layout} />
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
        {Array.from({ length: layers[last] ?? 0 }, (_, j) => (
          <TargetLabel key={`t${j}`} j={j} layout={layout} />
        ))}
      </g>
      <FlowLayer layout={layout} />
    </svg>
  );
}
