import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, FEATURES, featureRows, featureSpec, orderedFeatures } from './features';

describe('features', () => {
  it('one spec per feature, in the Playground’s order', () => {
    expect(FEATURES.map((f) => f.id)).toEqual([...FEATURE_IDS]);
    expect(FEATURES.map((f) => f.f(2, 3))).toEqual([2, 3, 4, 9, 6, Math.sin(2), Math.sin(3)]);
    expect(featureSpec('x1x2').tex).toBe('x_1 x_2');
  });

  it('puts the selected features in canonical order, once each', () => {
    expect(orderedFeatures(['sinx2', 'x1', 'sinx2', 'x1sq'])).toEqual(['x1', 'x1sq', 'sinx2']);
  });

  it('lays the inputs out as one row per feature', () => {
    const rows = featureRows(
      [
        { x1: 1, x2: 2, label: 1 },
        { x1: -3, x2: 0.5, label: -1 },
      ],
      ['x2', 'x1x2'],
    );
    expect(Array.from(rows)).toEqual([2, 0.5, 2, -1.5]);
  });
});
