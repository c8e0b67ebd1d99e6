import { memo } from 'react';
import { ids, keys, neuronNumber, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';
import { useActions, useDerived } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useFocused, useInvolvement, useT, useValue } from '../common/hooks';
import { useElementRef } from './diagramElements';
import { inspectable } from './elementHandlers';
import { along, type NetworkLayout } from './layout';
import { Wire, WireLabel } from './Wire';

interface Props {
  readonly layers: readonly number[];
  /** The layer the weight leaves (DOM numbering). */
  readonly layer: number;
  readonly k: number;
  readonly j: number;
  readonly layout: NetworkLayout;
  readonly showLabels: boolean;
}

/**
 * A weight of the forward network: colour by sign, width by size, its value near the
 * source; its gradient near the target once computed; w → w′ in the update phase. While
 * the target's z is being computed, the edge is tagged with ∂z/∂w: the value at its input.
 */
export const EdgeLine = memo(function EdgeLine({ layers, layer, k, j, layout, showLabels }: Props) {
  const t = useT();
  const { setFocus, startEditing } = useActions();
  const id = ids.edge(layer, k, j);
  const elementRef = useElementRef(id);
  const w = useValue(keys.w(layer, k, j)) ?? NaN;
  const grad = useValue(keys.dW(layer, k, j));
  const next = useValue(keys.wNext(layer, k, j));
  const involvement = useInvolvement(id);
  const focused = useFocused(id);
  const input = useValue(keys.a(layer, k));
  // The lecture circles ∂z/∂w = input on the edges of the neuron being computed.
  const showDzdw = useDerived((select, s) => {
    const step = select.currentStep(s);
    return step !== undefined && usesDzdw(step) && step.reads.includes(id);
  });
  // Gradients are drawn while the gradients phase runs; afterwards the update labels take
  // over and a gradient shows only where the step or the pointer is.
  const gradientPhase = useDerived((select, s) => select.currentStep(s)?.phase === 'gradients');
  const from = layout.neurons[layer]?.[k] ?? { x: 0, y: 0 };
  const to = layout.neurons[layer + 1]?.[j] ?? { x: 0, y: 0 };
  const r = layout.radius;
  const start = { x: from.x + r, y: from.y };
  const end = { x: to.x - r, y: to.y };
  const wLabel = along(start, end, 0.3);
  // Neighbouring sources alternate their gradient labels along the wire, so crossing
  // wires do not put their labels on top of each other.
  const gLabel = along(start, end, 0.69 - 0.12 * (k % 2));
  const tag = along(start, end, 0.48);
  const fromName = layer === 0 ? `x${k + 1}` : String(neuronNumber(layers, layer, k));
  const toName = neuronNumber(layers, layer + 1, j);
  const label = t('diagram.edgeAria', {
    to: toName,
    from: fromName,
    w: formatNumber(w),
    grad: grad === undefined ? t('diagram.notYet') : formatNumber(grad),
  });

  return (
    <g
      ref={elementRef}
      data-testid={id}
      data-w={String(w)}
      data-grad={grad === undefined ? undefined : String(grad)}
      data-w-next={next === undefined ? undefined : String(next)}
      className={cx('edge', w >= 0 ? 'positive' : 'negative', involvement, focused && 'focused')}
      role="button"
      aria-label={label}
      {...inspectable(id, setFocus, () => startEditing(id))}
    >
      <title>{label}</title>
      <line className="hit" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      {involvement !== null && (
        <line className="halo" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
      )}
      <Wire from={start} to={end} w={w} />
      {(showLabels || focused || involvement !== null) && (
        <WireLabel at={wLabel} className="weight-label" dy="-0.4em" fontSize={layout.labelFontSize}>
          {formatNumber(w)}
          {next !== undefined && ` → ${formatNumber(next)}`}
        </WireLabel>
      )}
      {grad !== undefined && ((showLabels && gradientPhase) || focused || involvement !== null) && (
        <WireLabel at={gLabel} className="grad-label" dy="1.1em" fontSize={layout.smallFontSize}>
          ∇ {formatNumber(grad, 2)}
        </WireLabel>
      )}
      {showDzdw && input !== undefined && (
        <DzdwTag at={tag} text={`∂z/∂w = ${formatNumber(input)}`} fontSize={layout.smallFontSize} />
      )}
    </g>
  );
});

/** Whether a step uses ∂z/∂w of the weights it reads: computing z, and ∂C/∂w = ∂z/∂w · δ. */
function usesDzdw(step: TraceStep): boolean {
  switch (step.kind) {
    case 'z':
    case 'dW':
      return true;
    case 'a':
    case 'cost':
    case 'dCdy':
    case 'sum':
    case 'amp':
    case 'db':
    case 'update-w':
    case 'update-b':
    case 'gate-forward':
    case 'seed':
    case 'gate-backward':
      return false;
    default:
      return assertNever(step);
  }
}

/**
 * The lecture's circled fact on a weight being used: ∂z/∂w is its input. The pill is
 * sized to its text (about 0.62 em per character of this font), so long numbers fit.
 */
function DzdwTag({
  at,
  text,
  fontSize,
}: {
  at: { x: number; y: number };
  text: string;
  fontSize: number;
}) {
  const width = text.length * fontSize * 0.62 + fontSize;
  const height = fontSize * 1.7;
  return (
    <g className="dzdw-tag" transform={`translate(${at.x},${at.y})`}>
      <rect x={-width / 2} y={-height / 2} width={width} height={height} rx={height / 2} />
      <text dy="0.35em" fontSize={fontSize}>
        {text}
      </text>
    </g>
  );
}
