import { describe, expect, it } from 'vitest';
import { downsample } from './downsample';

describe('downsample', () => {
  it('keeps a short series whole, dropping what `keep` rejects', () => {
    expect(downsample([3, 2, NaN, 1], 10)).toEqual([
      [0, 3],
      [1, 2],
      [3, 1],
    ]);
    expect(downsample([1, 0, 2], 10, (v) => v > 0)).toEqual([
      [0, 1],
      [2, 2],
    ]);
  });

  it('keeps each bucket’s extremes in order, and always the last point', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 5000 ? 100 : 1 / (i + 1)));
    const points = downsample(values, 100);
    expect(points.length).toBeLessThanOrEqual(201);
    expect(points).toContainEqual([5000, 100]);
    expect(points[0]).toEqual([0, 1]);
    expect(points.at(-1)).toEqual([9999, 1 / 10_000]);
    for (let i = 1; i < points.length; i++)
      expect(points[i]?.[0]).toBeGreaterThan(points[i - 1]?.[0] ?? Infinity);
  });
});
