import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS, generateDataset, PLANE, type DataPoint } from './datasets';

const all = (name: (typeof DATASET_NAMES)[number], noise = 0, seed = 1) => {
  const { train, test } = generateDataset({ name, noise, split: 50, seed });
  return [...train, ...test];
};

describe('generateDataset', () => {
  it.each(DATASET_NAMES)('%s: the same request gives the same points', (name) => {
    const request = { name, noise: 25, split: 70, seed: 42 };
    expect(generateDataset(request)).toEqual(generateDataset(request));
    expect(generateDataset({ ...request, seed: 43 })).not.toEqual(generateDataset(request));
    expect(generateDataset({ ...request, noise: 30 })).not.toEqual(generateDataset(request));
  });

  it.each(DATASET_NAMES)('%s: the Playground’s count, split as asked, on the plane', (name) => {
    const { train, test } = generateDataset({ name, noise: 50, split: 30, seed: 7 });
    const count = DATASETS[name].count;
    expect(train.length + test.length).toBe(count);
    expect(train.length).toBe(Math.floor((count * 30) / 100));
    for (const p of [...train, ...test]) {
      expect(Math.abs(p.x1)).toBeLessThanOrEqual(PLANE);
      expect(Math.abs(p.x2)).toBeLessThanOrEqual(PLANE);
      if (DATASETS[name].problem === 'classification') expect([1, -1]).toContain(p.label);
      // The tilted plane's target is read at the noisy point, as in the Playground: up to
      // (6 + 3 + 6 + 3)/10 at 50 % noise.
      else expect(Math.abs(p.label)).toBeLessThanOrEqual(name === 'reg-plane' ? 1.8 : 1);
    }
  });

  it('clamps out-of-range settings instead of throwing', () => {
    const { train, test } = generateDataset({
      name: 'xor',
      noise: 400,
      split: 1,
      seed: NaN,
      count: 3,
    });
    expect(train.length + test.length).toBe(10);
    expect(train.length).toBe(1);
  });

  it('circle without noise: label 1 inside radius 2.5, −1 in the ring 3.5 … 5', () => {
    const points = all('circle');
    expect(points.filter((p) => p.label === 1)).toHaveLength(250);
    for (const p of points) {
      const r = Math.hypot(p.x1, p.x2);
      if (p.label === 1) expect(r).toBeLessThan(2.5);
      else expect(r >= 3.5 && r <= 5).toBe(true);
    }
  });

  it('xor without noise: the label is the sign of x₁·x₂, away from the axes', () => {
    for (const p of all('xor')) {
      expect(p.label).toBe(p.x1 * p.x2 >= 0 ? 1 : -1);
      expect(Math.min(Math.abs(p.x1), Math.abs(p.x2))).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('gauss: two blobs around (2, 2) and (−2, −2), wider with noise', () => {
    const mean = (ps: DataPoint[]) => ps.reduce((s, p) => s + p.x1 + p.x2, 0) / (2 * ps.length);
    const spread = (ps: DataPoint[], c: number) =>
      Math.sqrt(ps.reduce((s, p) => s + (p.x1 - c) ** 2, 0) / ps.length);
    const quiet = all('gauss');
    const pos = quiet.filter((p) => p.label === 1);
    const neg = quiet.filter((p) => p.label === -1);
    expect(mean(pos)).toBeCloseTo(2, 0);
    expect(mean(neg)).toBeCloseTo(-2, 0);
    expect(spread(pos, 2)).toBeCloseTo(Math.sqrt(0.5), 0);
    const noisy = all('gauss', 50).filter((p) => p.label === 1);
    expect(spread(noisy, 2)).toBeGreaterThan(1.6);
  });

  it('spiral without noise: two arms within radius 5, each the other turned by π', () => {
    const points = all('spiral');
    for (const p of points) expect(Math.hypot(p.x1, p.x2)).toBeLessThan(5);
    const arm = (label: number) =>
      points
        .filter((p) => p.label === label)
        .map((p) => [p.x1, p.x2] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const mirrored = arm(-1)
      .map(([a, b]) => [-a, -b] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    arm(1).forEach(([a, b], i) => {
      expect(a).toBeCloseTo(mirrored[i]?.[0] ?? NaN, 9);
      expect(b).toBeCloseTo(mirrored[i]?.[1] ?? NaN, 9);
    });
  });

  it('reg-plane without noise: the target is (x₁ + x₂)/10', () => {
    for (const p of all('reg-plane')) expect(p.label).toBeCloseTo((p.x1 + p.x2) / 10, 12);
  });

  it('reg-gauss without noise: +1 on the bump at (−4, 2.5), −1 on the one at (0, 2.5)', () => {
    const points = all('reg-gauss');
    const near = (c1: number, c2: number) =>
      points.filter((p) => Math.hypot(p.x1 - c1, p.x2 - c2) < 0.5);
    for (const p of near(-4, 2.5)) expect(p.label).toBeGreaterThan(0.7);
    for (const p of near(0, 2.5)) expect(p.label).toBeLessThan(-0.7);
    expect(points.some((p) => p.label === 0)).toBe(true);
  });
});
