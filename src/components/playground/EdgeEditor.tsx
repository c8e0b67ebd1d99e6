import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import type { Edge } from './diagramGeometry';
import { useDriver, useDriverStatus, useFrameSink } from './driverContext';
import { ParameterInput } from './ParameterInput';
import { usePlaygroundT } from './usePlaygroundT';

/** The box's width (CSS). */
const EDITOR_WIDTH = '16rem';

/** While training plays, the field's value follows θ this often. */
const REFRESH_MS = 250;

interface Props {
  readonly edge: Edge;
  /** The edge's name ("Weight from x₁ to neuron 2 of layer 1"). */
  readonly name: string;
  /** The diagram's size: the box stays inside its width, and opens upwards near its foot. */
  readonly width: number;
  readonly height: number;
  onClose(): void;
  /** A weight set with Enter: the box closes and the focus goes back to the edge. */
  onDone(): void;
}

/**
 * The box TensorFlow Playground opens on a clicked edge: its weight as a field, at the
 * middle of the edge, over the diagram (so the user sees the line change as he sets it).
 * Enter sets the weight at θᵗ (the run records it) and closes the box, giving the focus
 * back to the edge (whose readout then says the new weight; left open, the box hid the
 * diagram on a phone); Escape or a click elsewhere closes it. Hook: `edge-editor` (`data-edge`: L-J-K as the edge's hook), its field
 * `edge-weight`.
 */
export function EdgeEditor({ edge, name, width, height, onClose, onDone }: Props) {
  const t = usePlaygroundT();
  const driver = useDriver();
  // A link's replay under way: an edit now would cut it short (as in the gradient panel).
  const status = useDriverStatus();
  const [w, setW] = useState(() => driver.frame?.theta[edge.theta] ?? NaN);
  const lastAt = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);

  const sink = useCallback(
    (frame: PlaygroundFrame) => {
      const now = performance.now();
      if (frame.playing && now - lastAt.current < REFRESH_MS) return;
      lastAt.current = now;
      setW(frame.theta[edge.theta] ?? NaN);
    },
    [edge.theta],
  );
  useFrameSink(sink);
  useEffect(() => field.current?.focus({ preventScroll: true }), [edge]);

  const x = (edge.x0 + edge.x1) / 2;
  const y = (edge.y0 + edge.y1) / 2;
  const upwards = y > height * 0.5;
  return (
    <div
      ref={box}
      className="edge-editor"
      role="group"
      aria-label={name}
      data-testid="edge-editor"
      data-edge={`${edge.column + 1}-${edge.to}-${edge.from}`}
      data-upwards={upwards}
      style={{
        // From the edge's middle, moved left as far as the box needs to stay inside.
        left: `max(0px, min(${x}px, ${width}px - ${EDITOR_WIDTH}))`,
        width: `min(${EDITOR_WIDTH}, ${width}px)`,
        ...(upwards ? { bottom: height - y } : { top: y }),
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      onBlur={(e) => {
        // Closed when the focus leaves the box (a click elsewhere), not when it moves inside.
        if (!box.current?.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <label>
        <span className="edge-editor-name">{name}</span>
        <ParameterInput
          ref={field}
          value={w}
          label={name}
          disabled={status.replayingTo !== null}
          testId="edge-weight"
          onSet={(value) => driver.editParameter(edge.theta, value)}
          onEntered={onDone}
        />
      </label>
      <button
        type="button"
        className="small"
        onClick={onClose}
        aria-label={t('playground.parameter.close')}
      >
        ×
      </button>
    </div>
  );
}
