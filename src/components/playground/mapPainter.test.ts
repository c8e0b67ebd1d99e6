import { describe, expect, it } from 'vitest';
import { gridCoordinate } from '../../engine';
import { colorTable, paintMap } from './colors';
import { mapValueAt, paintPixels, toCanvas, toPlane } from './mapPainter';

describe('the plane on a canvas', () => {
  it('puts (−6, 6) top left and (6, −6) bottom right, and reads back the same point', () => {
    expect(toCanvas({ x1: -6, x2: 6, label: 1 }, 400)).toEqual({ x: 0, y: 0 });
    expect(toCanvas({ x1: 6, x2: -6, label: 1 }, 400)).toEqual({ x: 400, y: 400 });
    const { x, y } = toCanvas({ x1: 1.5, x2: -2.25, label: 1 }, 400);
    expect(toPlane(x / 400, y / 400)).toEqual({ x1: 1.5, x2: -2.25 });
  });

  it('reads a map at the grid point nearest to a plane point (image order)', () => {
    const n = 5;
    const values = Float32Array.from({ length: n * n }, (_, i) => i);
    // Row r is x₂ = 6 − 3r, column c is x₁ = −6 + 3c.
    expect(mapValueAt(values, n, gridCoordinate(1, n), -gridCoordinate(3, n))).toBe(3 * n + 1);
    expect(mapValueAt(values, n, -6, 6)).toBe(0);
    expect(mapValueAt(values, n, 5.9, -5.9)).toBe(n * n - 1);
    expect(mapValueAt(values, n, 99, -99)).toBe(n * n - 1);
  });

  it('paints 32-bit pixels byte for byte as the colour table says', () => {
    const table = colorTable();
    const n = 4;
    const values = Float32Array.from({ length: 3 + n * n }, (_, i) => -1.5 + 0.2 * i);
    values[5] = NaN;
    const bytes = new Uint8ClampedArray(4 * n * n);
    paintMap(values, 3, n, table, bytes);
    const words = new Uint32Array(n * n);
    paintPixels(values, 3, n, new Uint32Array(table.buffer), words);
    expect(Array.from(new Uint8ClampedArray(words.buffer, 0, 4 * n * n))).toEqual(
      Array.from(bytes),
    );
  });

  it('discretized, paints each value as its sign: the two class colours, NaN as before', () => {
    const table = new Uint32Array(colorTable().buffer);
    const values = Float32Array.from([-0.9, -0.01, 0, 0.02, 0.8, NaN, 3, -3, 0.5]);
    const words = new Uint32Array(9);
    paintPixels(values, 0, 3, table, words, true);
    const first = table[0];
    const last = table[table.length - 1];
    const middle = table[table.length >> 1];
    expect(Array.from(words)).toEqual([
      first,
      first,
      middle,
      last,
      last,
      middle,
      last,
      first,
      last,
    ]);
  });
});
