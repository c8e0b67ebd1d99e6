import { memo, useEffect, useRef } from 'react';
import type { FeatureId } from '../../engine';
import type { NodeBox } from './diagramGeometry';
import { FEATURE_LABELS } from './featureLabels';
import { INPUT_MAP_N, inputMap } from './inputMaps';
import { MapPainter } from './mapPainter';

/**
 * An input feature's node of the neuron diagram: the feature over the plane (it never
 * changes, so it is painted once) and its name. Hook: `input-map-ID` (`input-map-x1`).
 */
export const InputThumb = memo(function InputThumb({
  feature,
  node,
  size,
  table,
}: {
  feature: FeatureId | undefined;
  node: NodeBox;
  size: number;
  table: Uint8ClampedArray;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx === null || ctx === undefined || feature === undefined) return;
    new MapPainter(table).paint(ctx, inputMap(feature), 0, INPUT_MAP_N);
  }, [feature, table]);
  if (feature === undefined) return null;
  const label = FEATURE_LABELS[feature];
  return (
    <div
      className="input-map"
      style={{ left: node.x, top: node.y, width: size, height: size }}
      data-testid={`input-map-${feature}`}
    >
      <canvas ref={canvas} width={INPUT_MAP_N} height={INPUT_MAP_N} role="img" aria-label={label} />
      <span className="input-name">{label}</span>
    </div>
  );
});
