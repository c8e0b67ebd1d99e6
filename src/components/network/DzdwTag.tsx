import { keys } from '../../engine';
import type { PlacedLabel } from './labelPlacement';
import { dzdwText } from './labelTexts';
import { useValues } from './useValues';

interface Props {
  readonly slot: PlacedLabel;
  /** The weight's source: neuron k of `layer`, whose value is ∂z/∂w. */
  readonly layer: number;
  readonly k: number;
  readonly fontSize: number;
}

/**
 * The lecture's circled fact on a weight being used: ∂z/∂w is its input. Drawn only while
 * a step uses it, so only then does it follow the input's value (through the diagram's feed).
 */
export function DzdwTag({ slot, layer, k, fontSize }: Props) {
  const { first: input } = useValues(keys.a(layer, k));
  if (input === undefined) return null;
  const { x0, y0, x1, y1 } = slot.box;
  const height = y1 - y0;
  return (
    <g className="dzdw-tag">
      <rect x={x0} y={y0} width={x1 - x0} height={height} rx={height / 2} />
      <text
        className="diagram-label"
        x={slot.center.x}
        y={slot.center.y}
        dy="0.35em"
        fontSize={fontSize}
      >
        {dzdwText(input)}
      </text>
    </g>
  );
}
