/**
 * The playground's colours, as TensorFlow Playground's: orange for −1 (and negative
 * values), blue for +1, a pale grey in between. Maps are painted through a lookup table
 * of 256 RGBA colours, so a frame's 87,500 map values cost one table read each.
 */
export const NEGATIVE: readonly [number, number, number] = [245, 147, 34];
export const MIDDLE: readonly [number, number, number] = [232, 234, 235];
export const POSITIVE: readonly [number, number, number] = [8, 119, 189];

/** δ's sign on the training points: magenta where δ > 0, teal where δ < 0. */
export const DELTA_POSITIVE = '#a21caf';
export const DELTA_NEGATIVE = '#0f766e';

export const CSS_NEGATIVE = `rgb(${NEGATIVE.join(',')})`;
export const CSS_POSITIVE = `rgb(${POSITIVE.join(',')})`;
/** The whole scale from −1 to +1 as a CSS gradient (the table is linear on each side). */
export const CSS_SCALE = `linear-gradient(to right, ${CSS_NEGATIVE}, rgb(${MIDDLE.join(',')}), ${CSS_POSITIVE})`;

const STEPS = 256;

/** RGBA bytes of 256 colours from −1 (index 0) through 0 to +1 (index 255). */
export function colorTable(): Uint8ClampedArray {
  const table = new Uint8ClampedArray(STEPS * 4);
  for (let i = 0; i < STEPS; i++) {
    const v = (2 * i) / (STEPS - 1) - 1;
    const [from, t] = v < 0 ? [NEGATIVE, -v] : [POSITIVE, v];
    for (let c = 0; c < 3; c++)
      table[4 * i + c] = Math.round(
        (MIDDLE[c] as number) + ((from[c] as number) - (MIDDLE[c] as number)) * t,
      );
    table[4 * i + 3] = 255;
  }
  return table;
}

/** The table index of a value, clamped to [−1, 1] (NaN shows as the middle). */
export function colorIndex(value: number): number {
  if (!(value === value)) return STEPS >> 1;
  const v = value < -1 ? -1 : value > 1 ? 1 : value;
  return Math.round(((v + 1) / 2) * (STEPS - 1));
}

/**
 * Paints `n × n` values of `values` from `offset` into RGBA `pixels` (an ImageData's
 * data), through `table`.
 */
export function paintMap(
  values: Float32Array,
  offset: number,
  n: number,
  table: Uint8ClampedArray,
  pixels: Uint8ClampedArray,
): void {
  for (let i = 0; i < n * n; i++) {
    const k = colorIndex(values[offset + i] as number) * 4;
    const p = 4 * i;
    pixels[p] = table[k] as number;
    pixels[p + 1] = table[k + 1] as number;
    pixels[p + 2] = table[k + 2] as number;
    pixels[p + 3] = 255;
  }
}

/** A label's colour as CSS (classes ±1 at the ends of the scale, regression targets between). */
export function labelColor(table: Uint8ClampedArray, label: number): string {
  const k = colorIndex(label) * 4;
  return `rgb(${table[k] as number},${table[k + 1] as number},${table[k + 2] as number})`;
}
