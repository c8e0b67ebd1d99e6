import { memo, useRef, useState } from 'react';
import { edgePath, type DiagramGeometry, type Edge } from './diagramGeometry';

interface Props {
  readonly geometry: DiagramGeometry;
  readonly edges: readonly Edge[];
  /** Each edge's accessible name (in `edges` order). */
  readonly names: readonly string[];
  /** The readout that says the edge's weight (its id, for aria-describedby). */
  readonly readoutId: string;
  /** The edge pointed at or focused (an index into `edges`), or −1 when none. */
  onActive(index: number): void;
  /** An edge clicked, Enter on it, or a second tap on it: edit its weight. */
  onPick(index: number): void;
}

/**
 * The edges as the pointer and the keyboard find them: one invisible, wide SVG stroke per
 * edge over the canvas that draws them. Rendered when the layout changes, never per frame
 * (the weights are read by the readout). One tab stop: the arrow keys move along the
 * edges; a click or Enter picks an edge's weight to edit. A finger's first tap on an edge
 * reads it, a second one picks it (a field and its keyboard at every tap would cover the
 * diagram). Hooks: `edge-L-J-K`, the edge from neuron K of layer L − 1 to neuron J of layer L
 * (DOM layer numbers, 0 the inputs; J and K from 0).
 */
export const EdgeHits = memo(function EdgeHits({
  geometry,
  edges,
  names,
  readoutId,
  onActive,
  onPick,
}: Props) {
  const [stop, setStop] = useState(0);
  /** The edge a finger tapped last (−1: none, or the last press was not a finger's). */
  const tapped = useRef(-1);
  const touchedNow = useRef(false);
  const svg = useRef<SVGSVGElement>(null);
  const move = (from: number, by: number) => {
    const next = (from + by + edges.length) % edges.length;
    setStop(next);
    const el = svg.current?.querySelector(`[data-edge="${next}"]`);
    if (el instanceof SVGElement) el.focus();
  };
  return (
    <svg
      ref={svg}
      className="edge-hits"
      width={geometry.width}
      height={geometry.height}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      // A finger "leaves" as it lifts: the readout stays on the edge it tapped.
      onPointerLeave={(e) => e.pointerType !== 'touch' && onActive(-1)}
    >
      {edges.map((e, i) => (
        <path
          key={i}
          className="edge-hit"
          d={edgePath(e)}
          strokeWidth={Math.max(8, geometry.thumb / 5)}
          tabIndex={i === stop ? 0 : -1}
          role="img"
          aria-label={names[i]}
          aria-describedby={readoutId}
          data-edge={i}
          data-testid={`edge-${e.column + 1}-${e.to}-${e.from}`}
          onPointerEnter={() => onActive(i)}
          onPointerDown={(event) => (touchedNow.current = event.pointerType === 'touch')}
          onClick={() => {
            if (!touchedNow.current || tapped.current === i) onPick(i);
            tapped.current = touchedNow.current ? i : -1;
          }}
          onFocus={() => {
            setStop(i);
            onActive(i);
          }}
          onBlur={() => onActive(-1)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onPick(i);
              return;
            }
            const by =
              event.key === 'ArrowDown' || event.key === 'ArrowRight'
                ? 1
                : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
                  ? -1
                  : 0;
            if (by === 0) return;
            event.preventDefault();
            event.stopPropagation();
            move(i, by);
          }}
        />
      ))}
    </svg>
  );
});
