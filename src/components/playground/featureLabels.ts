import type { FeatureId } from '../../engine';

/** The features as the Playground writes them (mathematics, the same in every language). */
export const FEATURE_LABELS: Readonly<Record<FeatureId, string>> = {
  x1: 'x₁',
  x2: 'x₂',
  x1sq: 'x₁²',
  x2sq: 'x₂²',
  x1x2: 'x₁x₂',
  sinx1: 'sin x₁',
  sinx2: 'sin x₂',
};
