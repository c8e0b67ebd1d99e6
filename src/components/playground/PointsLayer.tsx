import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataPoint, SplitData } from '../../engine';
import { formatNumber } from '../../lib/format';
import { usePlaygroundT } from './usePlaygroundT';
import { colorTable } from './colors';
import { drawPoints, toCanvas } from './mapPainter';
import { usePlaneEditor, type PlanePoint, type Preview } from './usePlaneEditor';

const RADIUS = 5;
const TRAIN_RING = '#ffffff';
const TEST_RING = '#111111';

/** The points of one set, without the one being moved (drawn on its own, on top). */
function without(list: readonly DataPoint[], skip: number | null): readonly DataPoint[] {
  return skip === null ? list : list.filter((_, i) => i !== skip);
}

function drawLayer(
  ctx: CanvasRenderingContext2D,
  points: SplitData,
  showTest: boolean,
  table: Uint8ClampedArray,
  preview: Preview | null,
  cursor: PlanePoint | null,
): void {
  const size = ctx.canvas.width;
  ctx.clearRect(0, 0, size, size);
  const skip = (set: 'train' | 'test') => (preview?.ref.set === set ? preview.ref.index : null);
  drawPoints(ctx, without(points.train, skip('train')), table, RADIUS, TRAIN_RING);
  if (showTest) drawPoints(ctx, without(points.test, skip('test')), table, RADIUS, TEST_RING);
  const moved = preview === null ? undefined : points[preview.ref.set][preview.ref.index];
  if (preview !== null && moved !== undefined) {
    const point = { ...moved, x1: preview.x1, x2: preview.x2 };
    drawPoints(
      ctx,
      [point],
      table,
      RADIUS + 2,
      preview.ref.set === 'train' ? TRAIN_RING : TEST_RING,
    );
    const { x, y } = toCanvas(point, size);
    ctx.beginPath();
    ctx.arc(x, y, RADIUS + 6, 0, 2 * Math.PI);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#111111';
    ctx.stroke();
  }
  if (cursor !== null) {
    const { x, y } = toCanvas({ ...cursor, label: 0 }, size);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#111111';
    ctx.beginPath();
    ctx.moveTo(x - 12, y);
    ctx.lineTo(x + 12, y);
    ctx.moveTo(x, y - 12);
    ctx.lineTo(x, y + 12);
    ctx.stroke();
  }
}

/**
 * The points over the decision map, on a canvas of their own (redrawn when the points
 * change, not at every training frame): training points ringed in white, test points in
 * black. With own data it is where they are edited (usePlaneEditor), by pointer and keys.
 */
export function PointsLayer({
  points,
  showTest,
  editable,
  size,
  onHover,
}: {
  points: SplitData;
  showTest: boolean;
  editable: boolean;
  size: number;
  onHover: (at: PlanePoint | null) => void;
}) {
  const t = usePlaygroundT();
  const table = useMemo(() => colorTable(), []);
  const canvas = useRef<HTMLCanvasElement>(null);
  // Where a finger last read the map (a mouse needs no mark: its pointer is there).
  const [tapped, setTapped] = useState<PlanePoint | null>(null);
  const hover = useCallback(
    (at: PlanePoint | null, touch: boolean) => {
      onHover(at);
      setTapped(touch && !editable ? at : null);
    },
    [onHover, editable],
  );
  const { handlers, preview, cursor } = usePlaneEditor(points, showTest, editable, hover);
  const mark = cursor ?? tapped;
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx !== null && ctx !== undefined) drawLayer(ctx, points, showTest, table, preview, mark);
  }, [points, showTest, table, preview, mark]);
  const where = cursor ?? { x1: 0, x2: 0 };
  return (
    <canvas
      ref={canvas}
      className={editable ? 'points-layer editable' : 'points-layer'}
      width={size}
      height={size}
      data-testid="points-layer"
      data-editable={editable}
      {...(editable
        ? {
            role: 'application',
            tabIndex: 0,
            'aria-label': t('playground.own.planeAria', {
              train: points.train.length,
              test: points.test.length,
              x1: formatNumber(where.x1, 3),
              x2: formatNumber(where.x2, 3),
            }),
            'aria-describedby': 'own-keys',
          }
        : {
            role: 'img',
            'aria-label': t('playground.decisionAria', {
              train: points.train.length,
              // The test points are not on the map while hidden.
              test: showTest ? points.test.length : 0,
            }),
          })}
      {...handlers}
    />
  );
}
