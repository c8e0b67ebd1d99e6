import { PLANE, type DataPoint } from '../../engine';
import { labelColor } from './colors';

/**
 * Paints `n × n` values from `offset` into `pixels` (an ImageData's bytes seen as 32-bit
 * words) through `table` (the colour table's bytes seen the same way): one table read and
 * one write per value, the same colours as colors.ts's paintMap, in the byte order of the
 * machine whatever it is (both sides are views of RGBA bytes). With `discretize`, each
 * value is painted as its sign (−1, 0 or +1).
 */
export function paintPixels(
  values: Float32Array,
  offset: number,
  n: number,
  table: Uint32Array,
  pixels: Uint32Array,
  discretize = false,
): void {
  const half = (table.length - 1) / 2;
  const middle = table.length >> 1;
  const count = n * n;
  for (let i = 0; i < count; i++) {
    const raw = values[offset + i] as number;
    // Discretized (the Playground's "Discretize output"): only the sign, the class chosen.
    const v = discretize ? (raw > 0 ? 1 : raw < 0 ? -1 : raw) : raw;
    // colorIndex inlined: clamped to [−1, 1], NaN in the middle; `(x + 0.5) | 0` is
    // Math.round for x ≥ 0, at a fraction of its cost.
    const k = v === v ? (((v < -1 ? -1 : v > 1 ? 1 : v) + 1) * half + 0.5) | 0 : middle;
    pixels[i] = table[k] as number;
  }
}

/** The colour table as 32-bit words, every colour's alpha set to `alpha` (0 … 1). */
function wordsOf(table: Uint8ClampedArray, alpha: number): Uint32Array {
  const bytes = Uint8ClampedArray.from(table);
  for (let i = 3; i < bytes.length; i += 4) bytes[i] = Math.round(255 * alpha);
  return new Uint32Array(bytes.buffer);
}

/**
 * Draws a map of N×N values onto a canvas of any size. On a canvas of N×N pixels (the
 * neuron diagram's thumbnails) it is one put of the image; on a larger one the image is
 * painted into an N×N canvas and scaled up with smoothing (as the Playground does). One
 * painter per canvas; its image is reused while N stays the same, so a frame allocates
 * nothing.
 */
export class MapPainter {
  private source: HTMLCanvasElement | null = null;
  private image: ImageData | null = null;
  private pixels: Uint32Array | null = null;
  private readonly words = new Map<number, Uint32Array>();

  constructor(private readonly table: Uint8ClampedArray) {}

  /** Paints map values[offset … offset + n²) over the whole of `ctx`'s canvas. */
  paint(
    ctx: CanvasRenderingContext2D,
    values: Float32Array,
    offset: number,
    n: number,
    alpha = 1,
    discretize = false,
  ): void {
    if (this.image === null || this.image.width !== n) {
      this.image = new ImageData(n, n);
      this.pixels = new Uint32Array(this.image.data.buffer);
    }
    const image = this.image;
    let words = this.words.get(alpha);
    if (words === undefined) {
      words = wordsOf(this.table, alpha);
      this.words.set(alpha, words);
    }
    const pixels = this.pixels ?? new Uint32Array(image.data.buffer);
    paintPixels(values, offset, n, words, pixels, discretize);
    const { width, height } = ctx.canvas;
    if (width === n && height === n) {
      ctx.putImageData(image, 0, 0);
      return;
    }
    if (this.source === null) this.source = document.createElement('canvas');
    const source = this.source;
    if (source.width !== n) {
      source.width = n;
      source.height = n;
    }
    source.getContext('2d')?.putImageData(image, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    // Grid point c sits at x₁ = −6 + 12c/(n − 1): the image is stretched so that pixel
    // centres land there (the corner points on the canvas's corners).
    const cell = n > 1 ? 1 / (n - 1) : 1;
    ctx.drawImage(
      source,
      (-width * cell) / 2,
      (-height * cell) / 2,
      width * (1 + cell),
      height * (1 + cell),
    );
  }
}

/** The plane's point under a canvas position given as fractions of its width and height. */
export function toPlane(fx: number, fy: number): { x1: number; x2: number } {
  return { x1: -PLANE + 2 * PLANE * fx, x2: PLANE - 2 * PLANE * fy };
}

/** The value of an n×n map (image order) at the grid point nearest to (x1, x2). */
export function mapValueAt(values: Float32Array, n: number, x1: number, x2: number): number {
  const index = (v: number) =>
    Math.max(0, Math.min(n - 1, Math.round(((v + PLANE) / (2 * PLANE)) * (n - 1))));
  return values[index(-x2) * n + index(x1)] ?? NaN;
}

/** A point's position on a canvas of `size` pixels showing the plane [−6, 6]². */
export function toCanvas(p: DataPoint, size: number): { x: number; y: number } {
  return { x: ((p.x1 + PLANE) / (2 * PLANE)) * size, y: ((PLANE - p.x2) / (2 * PLANE)) * size };
}

/**
 * The points over a map, coloured by label: training points ringed in white, test points
 * ringed in black (as in the Playground).
 */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  points: readonly DataPoint[],
  table: Uint8ClampedArray,
  radius: number,
  ring: string,
): void {
  const size = ctx.canvas.width;
  ctx.lineWidth = Math.max(1, radius / 3);
  ctx.strokeStyle = ring;
  for (const p of points) {
    const { x, y } = toCanvas(p, size);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.fillStyle = labelColor(table, p.label);
    ctx.fill();
    ctx.stroke();
  }
}
