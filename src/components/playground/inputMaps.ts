import { featureSpec, gridCoordinate, type FeatureId } from '../../engine';

/** The input thumbnails' resolution (they never change, so once is enough). */
export const INPUT_MAP_N = 50;

/**
 * Feature `id` over the plane as an n×n map in image order (the maps' order: row 0 at
 * x₂ = +6), divided by its largest |value| on the plane so that each feature's shape
 * shows in the full colour scale (x₁ spans ±6, x₁² 0 … 36, sin x₁ ±1).
 */
export function inputMap(id: FeatureId, n = INPUT_MAP_N): Float32Array {
  const f = featureSpec(id).f;
  const values = new Float32Array(n * n);
  let largest = 0;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const v = f(gridCoordinate(c, n), -gridCoordinate(r, n));
      values[r * n + c] = v;
      if (Math.abs(v) > largest) largest = Math.abs(v);
    }
  if (largest > 0)
    for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / largest;
  return values;
}
