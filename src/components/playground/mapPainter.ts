import { PLANE, type DataPoint } from '../../engine';
import { labelColor, paintMap } from './colors';

/**
 * Draws a map of N×N values onto a canvas of any size: painted into an N×N image through
 * the colour table, then scaled up with smoothing (as the Playground does). One painter
 * per canvas; its image is reused while N stays the same.
 */
export class MapPainter {
  private source: HTMLCanvasElement | null = null;
  private image: ImageData | null = null;

  constructor(private readonly table: Uint8ClampedArray) {}

  /** Paints map values[offset … offset + n²) over the whole of `ctx`'s canvas. */
  paint(
    ctx: CanvasRenderingContext2D,
    values: Float32Array,
    offset: number,
    n: number,
    alpha = 1,
  ): void {
    if (this.source === null) this.source = document.createElement('canvas');
    const source = this.source;
    if (this.image === null || this.image.width !== n) {
      source.width = n;
      source.height = n;
      this.image = new ImageData(n, n);
    }
    paintMap(values, offset, n, this.table, this.image.data);
    source.getContext('2d')?.putImageData(this.image, 0, 0);
    const { width, height } = ctx.canvas;
    ctx.clearRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    ctx.globalAlpha = alpha;
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
    ctx.globalAlpha = 1;
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
