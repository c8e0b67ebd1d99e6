import { describe, expect, it } from 'vitest';
import { colorIndex, colorTable, MIDDLE, NEGATIVE, paintMap, POSITIVE } from './colors';

describe('the playground’s colour scale', () => {
  const table = colorTable();
  const rgb = (i: number) => Array.from(table.slice(4 * i, 4 * i + 3));

  it('runs from orange at −1 through grey to blue at +1, clamping beyond', () => {
    expect(rgb(colorIndex(-1))).toEqual([...NEGATIVE]);
    expect(rgb(colorIndex(1))).toEqual([...POSITIVE]);
    expect(rgb(colorIndex(-7))).toEqual([...NEGATIVE]);
    expect(
      Math.max(...rgb(colorIndex(0)).map((c, i) => Math.abs(c - (MIDDLE[i] ?? 0)))),
    ).toBeLessThan(4);
    expect(colorIndex(NaN)).toBe(colorIndex(0.002));
  });

  it('paints a map value by value into RGBA pixels', () => {
    const values = Float32Array.from([9, 9, -1, 1, 0, 0.5]);
    const pixels = new Uint8ClampedArray(16);
    paintMap(values, 2, 2, table, pixels);
    expect(Array.from(pixels.slice(0, 4))).toEqual([...NEGATIVE, 255]);
    expect(Array.from(pixels.slice(4, 8))).toEqual([...POSITIVE, 255]);
    expect(Array.from(pixels.slice(12, 16))).toEqual([...rgb(colorIndex(0.5)), 255]);
  });
});
