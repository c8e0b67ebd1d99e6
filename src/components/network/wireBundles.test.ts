import { describe, expect, it } from 'vitest';
import { pairsByLayer } from './edgePairs';
import { bundleWires, WIDTH_STEP } from './wireBundles';
import { strokeWidth } from './weightStyle';

/** Straight wires from (k, 0) to (j, 10): a segment's numbers name its edge. */
const wireOf = ({ k, j }: { k: number; j: number }) => ({
  start: { x: k, y: 0 },
  end: { x: j, y: 10 },
});

/** The segments of a bundle's path, as [x0, y0, x1, y1]. */
function segments(d: string): number[][] {
  return [...d.matchAll(/M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)/g)].map((m) =>
    m.slice(1).map(Number),
  );
}

describe('wire bundles', () => {
  const pairs = pairsByLayer([4, 3])[0] ?? [];
  const weights = [0.1, -0.1, 2, -2, 0, Number.NaN, 5, -5, 0.12, 0.3, -0.3, 1];

  it('draws every wire exactly once, at its own coordinates', () => {
    const bundles = bundleWires(pairs, (p) => weights[p.j * 4 + p.k] ?? 0, wireOf);
    const all = bundles.flatMap((b) => segments(b.d));
    expect(all).toHaveLength(pairs.length);
    const drawn = all.map(([k, , j]) => `${k}-${j}`).sort();
    expect(drawn).toEqual(pairs.map(({ k, j }) => `${k}-${j}`).sort());
  });

  it('gives each wire the look of an edge of its own: sign, dash and width', () => {
    const bundles = bundleWires(pairs, (p) => weights[p.j * 4 + p.k] ?? 0, wireOf);
    for (const bundle of bundles)
      for (const [k = 0, , j = 0] of segments(bundle.d)) {
        const w = weights[j * 4 + k] ?? 0;
        expect(bundle.negative, `w = ${w}`).toBe(!(w >= 0));
        expect(bundle.dashed, `w = ${w}`).toBe(w < 0);
        expect(Math.abs(bundle.width - strokeWidth(w))).toBeLessThanOrEqual(WIDTH_STEP / 2);
      }
    // NaN draws as an edge of its own does: the negative colour, not dashed.
    expect(bundles.some((b) => b.negative && !b.dashed)).toBe(true);
  });

  it('draws the thin bundles first, so the strong weights of either sign lie on top', () => {
    const bundles = bundleWires(pairs, (p) => weights[p.j * 4 + p.k] ?? 0, wireOf);
    const widths = bundles.map((b) => b.width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    // Weights of nearly the same size and sign share one path.
    const keys = bundles.map((b) => `${b.negative}${b.dashed}${b.width}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the edges of each layer, k fastest', () => {
    const layers = pairsByLayer([2, 3, 1]);
    expect(layers.map((l) => l.length)).toEqual([6, 3]);
    expect(layers[0]?.slice(0, 3)).toEqual([
      { l: 0, j: 0, k: 0 },
      { l: 0, j: 0, k: 1 },
      { l: 0, j: 1, k: 0 },
    ]);
    expect(layers[1]?.every(({ l, j }) => l === 1 && j === 0)).toBe(true);
  });
});
