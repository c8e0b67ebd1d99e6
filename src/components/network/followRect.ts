import { parseId, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import type { NetworkLayout } from './layout';
import type { Rect } from './spatialIndex';
import { forwardWire } from './wires';

/**
 * The part of the diagram a step must keep in view, from the layout alone (no DOM
 * measurement, so it works for elements not drawn one by one): the elements it writes,
 * with the room of their labels; and, where that fits the panel too, what it reads.
 */

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return rects.reduce((u, r) => ({
    x0: Math.min(u.x0, r.x0),
    y0: Math.min(u.y0, r.y0),
    x1: Math.max(u.x1, r.x1),
    y1: Math.max(u.y1, r.y1),
  }));
}

/** The box an element and its labels take, or null for an id the diagram does not draw. */
export function elementRect(id: string, layout: NetworkLayout): Rect | null {
  const element = parseId(id);
  if (element === null) return null;
  const r = layout.radius;
  const s = layout.ampSize;
  const line = layout.labelFontSize * 1.3;
  const around = (x: number, y: number, hw: number, up: number, down: number): Rect => ({
    x0: x - hw,
    y0: y - up,
    x1: x + hw,
    y1: y + down,
  });
  switch (element.kind) {
    case 'neuron': {
      const p = layout.neurons[element.layer]?.[element.j];
      return p === undefined ? null : around(p.x, p.y, r + 4, r + line, r + 4);
    }
    case 'amp': {
      const p = layout.amps[element.layer]?.[element.j];
      return p === undefined ? null : around(p.x, p.y, s + 4, s + line, s + line);
    }
    case 'bias': {
      const p = layout.neurons[element.layer]?.[element.j];
      return p === undefined ? null : around(p.x, p.y + r, r + 8, 0, 2 * line + 4);
    }
    case 'edge': {
      const { start, end } = forwardWire(layout, element.layer, element.k, element.j);
      return union([around(start.x, start.y, 2, 8, 8), around(end.x, end.y, 2, 8, 8)]);
    }
    case 'target': {
      const p = layout.neurons[layout.neurons.length - 1]?.[element.j];
      return p === undefined ? null : around(p.x + r + 40, p.y, 44, line, line);
    }
    case 'loss': {
      const { x, y } = layout.cost;
      return around(
        x,
        y,
        layout.costHalf.width + 4,
        layout.costHalf.height + 4,
        layout.costHalf.height + 4,
      );
    }
    default:
      return assertNever(element);
  }
}

/** What following step `step` should bring into a view `view` px large. */
export function followRect(
  step: TraceStep | undefined,
  layout: NetworkLayout,
  view: { width: number; height: number },
): Rect | null {
  if (step === undefined) return null;
  const rects = (list: readonly string[]) =>
    list.flatMap((id) => {
      const r = elementRect(id, layout);
      return r === null ? [] : [r];
    });
  const fits = (r: Rect) => r.x1 - r.x0 <= view.width && r.y1 - r.y0 <= view.height;
  const written = union(rects(step.writes));
  // When the written elements cannot all be seen at once, the first one leads: the
  // op-amp (not the neuron that also receives δ), the weight, the bias.
  const lead = written !== null && fits(written) ? written : union(rects(step.writes.slice(0, 1)));
  if (lead === null) return null;
  const withReads = union([lead, ...rects(step.reads)]);
  return withReads !== null && fits(withReads) ? withReads : lead;
}
