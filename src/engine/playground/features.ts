import type { DataPoint } from './datasets';

/**
 * The input features of TensorFlow Playground, computed from a point (x₁, x₂). The
 * network's input layer has one neuron per selected feature, in the order of
 * {@link FEATURES}.
 */
export const FEATURE_IDS = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export interface FeatureSpec {
  readonly id: FeatureId;
  readonly f: (x1: number, x2: number) => number;
  /** The label as TeX, for KaTeX. */
  readonly tex: string;
}

/** One spec per feature (a missing feature does not compile). */
const BY_ID: Readonly<Record<FeatureId, FeatureSpec>> = {
  x1: { id: 'x1', f: (x1) => x1, tex: 'x_1' },
  x2: { id: 'x2', f: (_x1, x2) => x2, tex: 'x_2' },
  x1sq: { id: 'x1sq', f: (x1) => x1 * x1, tex: 'x_1^2' },
  x2sq: { id: 'x2sq', f: (_x1, x2) => x2 * x2, tex: 'x_2^2' },
  x1x2: { id: 'x1x2', f: (x1, x2) => x1 * x2, tex: 'x_1 x_2' },
  sinx1: { id: 'sinx1', f: (x1) => Math.sin(x1), tex: '\\sin x_1' },
  sinx2: { id: 'sinx2', f: (_x1, x2) => Math.sin(x2), tex: '\\sin x_2' },
};

/** The specs as a list, in the Playground's order. */
export const FEATURES: readonly FeatureSpec[] = FEATURE_IDS.map((id) => BY_ID[id]);

/** The spec of a feature. */
export function featureSpec(id: FeatureId): FeatureSpec {
  return BY_ID[id];
}

/** The Playground's default: the two coordinates. */
export const DEFAULT_FEATURES: readonly FeatureId[] = ['x1', 'x2'];

/** The selected features in the canonical order, each once (the input layer's order). */
export function orderedFeatures(selected: readonly FeatureId[]): FeatureId[] {
  return FEATURE_IDS.filter((id) => selected.includes(id));
}

/**
 * The input rows of a set of points: `rows[f·count + n]` is feature f of point n, for the
 * features in the order given. Written into `out` when it is long enough.
 */
export function featureRows(
  points: readonly DataPoint[],
  features: readonly FeatureId[],
  out = new Float64Array(features.length * points.length),
): Float64Array {
  const count = points.length;
  features.forEach((id, f) => {
    const fn = BY_ID[id].f;
    for (let n = 0; n < count; n++) {
      const p = points[n] as DataPoint;
      out[f * count + n] = fn(p.x1, p.x2);
    }
  });
  return out;
}
