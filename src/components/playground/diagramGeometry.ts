/**
 * Where the neuron diagram puts things, as TensorFlow Playground lays it out: one column
 * per layer, left to right (the input features, each hidden layer, the output), each
 * neuron a square thumbnail, columns centred on the tallest one, the column names above.
 * Pure numbers (CSS pixels), so the page and the benchmark draw the same diagram and a
 * test can check that nothing overlaps.
 */

/**
 * A thumbnail's canvas pixels per side: the worker's map resolution, so that a frame is
 * one put of each map (CSS scales it to the layout's size).
 */
export const THUMB_PIXELS = 50;
/** Thumbnails never get smaller than this (the diagram scrolls sideways instead). */
export const MIN_THUMB = 28;
/** Nor larger than this on the page (presenter mode magnifies the whole scene). */
export const MAX_THUMB = 64;
/** The space between two columns, for the edges, as a share of a thumbnail. */
const COLUMN_GAP = 0.8;
/** The widest space between two columns, as a share of a thumbnail. */
const MAX_SPREAD = 3;
/** The space between two neurons of a column, as a share of a thumbnail. */
const ROW_GAP = 0.16;
/** The column names' band above the thumbnails (two lines of small type). */
export const LABEL_BAND = 30;
/** Room left of the input column for the features' names (x₁, sin x₂), as the Playground has. */
export const INPUT_LABELS = 44;

export interface NodeBox {
  /** Column (0: the input features). */
  readonly column: number;
  /** Row in its column. */
  readonly row: number;
  readonly x: number;
  readonly y: number;
}

export interface DiagramGeometry {
  readonly thumb: number;
  readonly gap: number;
  readonly width: number;
  readonly height: number;
  /** `columns[c][r]`: neuron r of layer c (input layer first). */
  readonly columns: readonly (readonly NodeBox[])[];
  /** The left edge of column c's thumbnails (the input names' room left of column 0). */
  readonly columnX: readonly number[];
}

/** The space between two neurons of a column, in whole pixels. */
function rowGapOf(thumb: number): number {
  return Math.max(4, Math.round(thumb * ROW_GAP));
}

/** The height of a column of `rows` thumbnails `thumb` high, gaps included. */
function columnHeight(rows: number, thumb: number): number {
  return rows * thumb + (rows - 1) * rowGapOf(thumb);
}

/**
 * The diagram of a network with `layers` neurons per layer (input layer first) in a box
 * `width` wide and, when given, at most `height` high: the largest thumbnail (between
 * `minThumb` and {@link MAX_THUMB}) that fits both.
 */
export function diagramGeometry(
  layers: readonly number[],
  width: number,
  height = Infinity,
  minThumb = MIN_THUMB,
): DiagramGeometry {
  const count = Math.max(1, layers.length);
  const rows = Math.max(1, ...layers);
  // The input names on the left, and half a gap on the right for the last column's name.
  const byWidth = (width - INPUT_LABELS) / (count * (1 + COLUMN_GAP) - COLUMN_GAP / 2);
  // The largest that fits the height, found by trying: the gaps are whole pixels, at least
  // 4, and a share of the thumbnail estimated the column a pixel or more short (so that a
  // 720-pixel projector's diagram scrolled).
  let thumb = Math.floor(Math.max(minThumb, Math.min(MAX_THUMB, byWidth)));
  while (thumb > minThumb && columnHeight(rows, thumb) > height - LABEL_BAND) thumb -= 1;
  // Where the height limits the thumbnails, the columns spread over the width (up to 3×).
  const spare = (width - INPUT_LABELS - count * thumb) / (count - 0.5);
  const gap = Math.floor(
    Math.max(thumb * COLUMN_GAP, Math.min(thumb * MAX_SPREAD, count > 1 ? spare : 0)),
  );
  const rowGap = rowGapOf(thumb);
  const pitch = thumb + rowGap;
  const tallest = columnHeight(rows, thumb);
  const columnX = layers.map((_, c) => INPUT_LABELS + c * (thumb + gap));
  const columns = layers.map((n, c) => {
    const top = LABEL_BAND + (tallest - (n * pitch - rowGap)) / 2;
    return Array.from({ length: n }, (_, r) => ({
      column: c,
      row: r,
      x: columnX[c] as number,
      y: Math.round(top + r * pitch),
    }));
  });
  return {
    thumb,
    gap,
    width: INPUT_LABELS + count * thumb + (count - 1) * gap + Math.ceil(gap / 2),
    height: LABEL_BAND + tallest,
    columns,
    columnX,
  };
}

/** One edge: from neuron `from` of column `column` to neuron `to` of the next column. */
export interface Edge {
  readonly column: number;
  readonly from: number;
  readonly to: number;
  /** Its weight's index in θ. */
  readonly theta: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Every edge of the diagram, column by column, then by target neuron, then by source (the
 * order of θ's weights, `θ[weights[l] + j·nᵢₙ + k]`), from the source's right side to the
 * target's left side, at mid-height.
 */
export function diagramEdges(g: DiagramGeometry, weightOffsets: readonly number[]): Edge[] {
  const edges: Edge[] = [];
  const half = g.thumb / 2;
  for (let c = 0; c + 1 < g.columns.length; c++) {
    const sources = g.columns[c] as readonly NodeBox[];
    const targets = g.columns[c + 1] as readonly NodeBox[];
    const first = weightOffsets[c] ?? 0;
    targets.forEach((t, j) =>
      sources.forEach((s, k) =>
        edges.push({
          column: c,
          from: k,
          to: j,
          theta: first + j * sources.length + k,
          x0: s.x + g.thumb,
          y0: s.y + half,
          x1: t.x,
          y1: t.y + half,
        }),
      ),
    );
  }
  return edges;
}

/** An edge as an SVG path: a cubic curve leaving and arriving level, as the Playground's. */
export function edgePath(e: Edge): string {
  const mid = (e.x0 + e.x1) / 2;
  return `M${e.x0},${e.y0}C${mid},${e.y0} ${mid},${e.y1} ${e.x1},${e.y1}`;
}
