import { memo, useEffect, useMemo, useRef } from 'react';
import type { FeatureId } from '../../engine';
import { colorTable } from './colors';
import { inputMap } from './inputMaps';
import { MapPainter } from './mapPainter';

/** The swatch's resolution: it is drawn 28 px wide, and never changes. */
const SWATCH_N = 28;

/**
 * A feature's map over the plane, small, beside its box in the feature list, as
 * TensorFlow Playground shows each input: the user picks a feature by its shape (x₁² is a
 * bowl, sin x₁ stripes), and a click on it ticks the box (it is inside the box's label).
 */
export const FeatureSwatch = memo(function FeatureSwatch({ feature }: { feature: FeatureId }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const table = useMemo(() => colorTable(), []);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx === null || ctx === undefined) return;
    new MapPainter(table).paint(ctx, inputMap(feature, SWATCH_N), 0, SWATCH_N);
  }, [feature, table]);
  return (
    <canvas
      ref={canvas}
      className="feature-swatch"
      width={SWATCH_N}
      height={SWATCH_N}
      aria-hidden="true"
    />
  );
});
