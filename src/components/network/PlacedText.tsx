import type { ReactNode } from 'react';
import type { PlacedLabel } from './labelPlacement';

interface Props {
  readonly slot: PlacedLabel | null;
  readonly className: string;
  readonly fontSize: number;
  readonly children: ReactNode;
}

/**
 * A label drawn where the label placement put it (centred on its slot), or nothing when
 * it was left out: then the inspector, hover and focus show the value instead.
 */
export function PlacedText({ slot, className, fontSize, children }: Props) {
  if (slot === null) return null;
  return (
    <text
      className={`diagram-label ${className}`}
      x={slot.center.x}
      y={slot.center.y}
      dy="0.35em"
      fontSize={fontSize}
    >
      {children}
    </text>
  );
}
