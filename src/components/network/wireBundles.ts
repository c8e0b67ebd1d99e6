import type { EdgePair } from './edgePairs';
import type { StraightWire } from './wires';
import { strokeWidth } from './weightStyle';

/**
 * The wires of one layer drawn as a few paths, one per look: a sign (colour, and the dash
 * of a negative weight) and a width. A wire's width is rounded to the nearest
 * WIDTH_STEP px, finer than the eye tells apart on a wire of 1 to 6 px.
 */
export interface WireBundle {
  /** Drawn in the negative colour: `w >= 0` is false, as for an edge of its own (NaN too). */
  readonly negative: boolean;
  /** Dashed, as a negative weight's wire is. */
  readonly dashed: boolean;
  /** The stroke width in layout units. */
  readonly width: number;
  /** The path: one `M … L …` segment per wire. */
  readonly d: string;
}

export const WIDTH_STEP = 0.25;

/**
 * Groups the wires of `pairs` by look, in a stable order: by width, so that the strong
 * weights of either sign lie over the weak ones, then by sign. A
 * large network's few thousand wires each an element of their own made every step
 * repaint them all one by one (a step's frame of the 8 × 16 network spent 7–17 ms in
 * paint); a bundle is one drawing.
 */
export function bundleWires(
  pairs: readonly EdgePair[],
  weightOf: (pair: EdgePair) => number,
  wireOf: (pair: EdgePair) => StraightWire,
): WireBundle[] {
  const groups = new Map<
    string,
    { negative: boolean; dashed: boolean; width: number; d: string[] }
  >();
  for (const pair of pairs) {
    const w = weightOf(pair);
    const negative = !(w >= 0);
    const dashed = w < 0;
    const width = Math.round(strokeWidth(w) / WIDTH_STEP) * WIDTH_STEP;
    const key = `${negative ? 1 : 0}${dashed ? 1 : 0}:${width}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { negative, dashed, width, d: [] };
      groups.set(key, group);
    }
    const { start, end } = wireOf(pair);
    group.d.push(`M${round(start.x)} ${round(start.y)}L${round(end.x)} ${round(end.y)}`);
  }
  return [...groups.values()]
    .sort((a, b) => a.width - b.width || Number(a.negative) - Number(b.negative))
    .map(({ negative, dashed, width, d }) => ({ negative, dashed, width, d: d.join('') }));
}

/** A hundredth of a layout unit: well under a pixel at any zoom the diagram allows. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
