import { describe, expect, it } from 'vitest';
import { paramRefs, surfaceWindow, XOR_SCENARIO, SINE_SCENARIO } from '../../engine';
import { defaultPair, lossContours, stableWindow } from './surfaceGeometry';

describe('stableWindow', () => {
  it('always contains the framed path, and changes only in jumps as the path grows', () => {
    let windows = 0;
    let previous: [number, number] | null = null;
    for (let end = 0.01; end < 50; end *= 1.01) {
      const path = [-0.3, end * 0.7, end];
      const [lo, hi] = stableWindow(surfaceWindow(path));
      for (const v of path) {
        expect(v).toBeGreaterThan(lo);
        expect(v).toBeLessThan(hi);
      }
      if (previous === null || previous[0] !== lo || previous[1] !== hi) windows++;
      previous = [lo, hi];
    }
    // About 790 growth steps, but only a few dozen different windows.
    expect(windows).toBeLessThan(80);
  });
});

describe('defaultPair', () => {
  it('picks two weights into the first output neuron', () => {
    const [a, b] = defaultPair(paramRefs(XOR_SCENARIO.layers));
    expect([a.id, b.id]).toEqual(['edge-1-0-0', 'edge-1-1-0']);
    const [c, d] = defaultPair(paramRefs(SINE_SCENARIO.layers));
    expect([c.id, d.id]).toEqual(['edge-2-0-0', 'edge-2-1-0']);
  });
});

describe('lossContours', () => {
  it('spaces levels in log L when the losses span decades, and darkens low losses', () => {
    const values = Float64Array.from({ length: 16 }, (_, i) => 10 ** (i / 3 - 3));
    const { bands, colour } = lossContours(values, 4, 4, 5);
    expect(bands.map((b) => b.value)).toEqual(
      [0, 1, 2, 3, 4].map((i) => 1e-3 * 1e5 ** (i / 5)).map((v) => expect.closeTo(v, 12)),
    );
    expect(colour(1e-3)).not.toBe(colour(100));
  });

  it('treats non-finite losses as the largest finite one', () => {
    const { bands } = lossContours(Float64Array.from([1, 2, Infinity, NaN]), 2, 2, 2);
    expect(bands).toHaveLength(2);
  });
});
