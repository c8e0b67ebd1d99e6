import { layoutType, type LayoutType } from './layoutType';

/**
 * Where everything of the network scene goes, as a pure function of the layer sizes and
 * the box the page gives the diagram. Coordinates are CSS pixels at zoom 1: the layout
 * fits the box (narrower columns and rows, the cost under the outputs on a narrow panel)
 * instead of scaling the drawing, so text keeps a readable size on every screen; what
 * still does not fit scrolls inside the panel, which follows the step.
 *
 * The forward network fills the top band; the reverse network of op-amps sits in the
 * bottom band with the same columns, so every neuron's twin is straight below it.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The inner size of the diagram's panel, in CSS px. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  /** Neuron centres, `neurons[layer][j]`, layer 0 being the inputs. */
  readonly neurons: readonly (readonly Point[])[];
  /** Op-amp centres, `amps[layer][j]` for layer ≥ 1 (`amps[0]` is empty). */
  readonly amps: readonly (readonly Point[])[];
  /** The centre of the cost block. */
  readonly cost: Point;
  /** Half the width and half the height of the cost block. */
  readonly costHalf: { readonly width: number; readonly height: number };
  /**
   * `beside`: the cost is right of the output layer, between the bands; `below`: under the
   * output layer, between the bands (narrow panels, where there is no room beside).
   */
  readonly costPlacement: 'beside' | 'below';
  readonly radius: number;
  /** Half the width of an op-amp triangle. */
  readonly ampSize: number;
  /** Baselines of the band titles. */
  readonly forwardTitleY: number;
  readonly reverseTitleY: number;
  /** Baseline of the δ legend: the reverse title's line, or the next one. */
  readonly legendY: number;
  /** Where the dashed line between the bands runs. */
  readonly dividerY: number;
  /** Left end of the band titles. */
  readonly titleX: number;
  /** How dense the diagram is: labels that would collide are left to the inspector. */
  readonly density: 'roomy' | 'compact' | 'dense';
  /** Which kind of screen the sizes were chosen for. */
  readonly type: LayoutType;
  /** Multiplies the fixed sizes of boxes and offsets (1, or more in presenter mode). */
  readonly unit: number;
  /** Main values: a inside neurons, the cost. */
  readonly fontSize: number;
  /** Symbols and weights: z labels, weights, δ labels, targets. */
  readonly labelFontSize: number;
  /** Secondary numbers: biases, gradients, gains, ∂C/∂a. */
  readonly smallFontSize: number;
  readonly columnGap: number;
  readonly rowGap: number;
}

/** Presenter mode draws bigger type and more room, for the back of a classroom. */
export interface LayoutOptions {
  readonly presenter?: boolean;
  /** The panel's inner size; without it, the roomy desktop layout. */
  readonly box?: Box;
  /** 2 when the reverse band's title and its δ legend need a line each. */
  readonly reverseTitleLines?: 1 | 2;
}

/** A roomy desktop panel, for callers that have no box (tests, exports of a default). */
const DEFAULT_BOX: Box = { width: 1100, height: 900 };

interface Sizes {
  readonly font: number;
  readonly label: number;
  readonly small: number;
  readonly unit: number;
}

/** The type sizes of each layout type; the smallest is what every label is drawn at or above. */
function sizesFor(type: LayoutType, box: Box, dense: boolean): Sizes {
  switch (type) {
    case 'presenter': {
      // 20 px at 1920 wide (a 1872 px box), 16 px at 1024 (the floor), larger on a 4K wall.
      const small = Math.max(
        16,
        Math.min(32, Math.floor(Math.min(box.width / 92, box.height / 30))),
      );
      return { small, label: small + 2, font: small + 4, unit: small / 13 };
    }
    case 'narrow':
      return { small: 12, label: 12, font: 13, unit: 1 };
    case 'regular':
      return dense
        ? { small: 12, label: 12, font: 12, unit: 1 }
        : { small: 13, label: 14, font: 16, unit: 1 };
    default:
      return type;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function layoutNetwork(
  layers: readonly number[],
  options: LayoutOptions = {},
): NetworkLayout {
  const box = options.box ?? DEFAULT_BOX;
  const widest = Math.max(1, ...layers);
  const last = layers.length - 1;
  const density = widest <= 3 && layers.length <= 6 ? 'roomy' : widest <= 6 ? 'compact' : 'dense';
  const type = layoutType(box, options.presenter === true);
  const { font, label, small, unit: k } = sizesFor(type, box, density === 'dense');
  const narrow = type === 'narrow';
  const line = (size: number) => size * 1.2;

  // Vertical: each band is a title line, the room above a row (its z or δ label), the
  // rows, and the room below the last row (the bias and its gradient, or ∂C/∂a); the row
  // gap is as large as the box allows, within limits.
  const rMax = k * (density === 'roomy' ? (narrow ? 23 : 30) : density === 'compact' ? 22 : 19);
  const maxRowGap = k * (density === 'roomy' ? 130 : density === 'compact' ? 84 : 48);
  const top = line(label + 1) + 12 * k;
  const above = line(label) + 8;
  const below = 2 * line(small) + 10;
  const costHalf = narrow ? { width: 42, height: 22 } : { width: 55 * k, height: 26 * k };
  const rows = Math.max(1, widest - 1);
  // The cost goes beside the outputs where a fair column gap still fits, else below them.
  const fairGap = k * (density === 'roomy' ? 150 : 110);
  const besideFits = rMax + 40 * k + Math.max(1, last) * fairGap + 230 * k <= box.width;
  const costPlacement = besideFits && !narrow ? 'beside' : 'below';
  const gapBands = costPlacement === 'beside' ? 10 * k : 2 * costHalf.height + 16 * k;
  const extra = options.reverseTitleLines === 2 ? line(label + 1) : 0;
  const fixed = 2 * (top + above + below + 2 * rMax) + gapBands + extra + 8 * k;
  // Rows close enough to fit the box, but not so close that a row's z label and the
  // bias of the row above cannot both be read (a dense network keeps only its dots).
  const minRowGap = density === 'dense' ? 16 * k : 2 * rMax + above + line(small) + 4;
  // A neuron and its op-amp twin (both written when δ is computed) must fit the box
  // together: that caps the comfortable gap, down to a floor where labels give way.
  const band = top + above + 2 * rMax + below;
  const twinGap = (box.height - band - gapBands - extra - 2 * (rMax + above)) / rows;
  const floorGap = density === 'dense' ? 16 * k : 1.5 * rMax + 8;
  const comfort = Math.max(floorGap, Math.min(minRowGap, twinGap));
  const rowGap =
    widest === 1 ? maxRowGap : clamp((box.height - fixed) / (2 * rows), comfort, maxRowGap);
  const radius = Math.min(rMax, Math.max(6, (rowGap - 6) / 2));

  // Horizontal: columns as far apart as the box allows, within limits.
  const marginLeft = radius + (narrow ? 14 : 40 * k);
  const right = costPlacement === 'beside' ? 230 * k : radius + 10 + 4 * label;
  const maxColumnGap = k * (density === 'roomy' ? 250 : layers.length > 6 ? 140 : 190);
  const minColumnGap = 2 * radius + (narrow ? 34 : 48) * k;
  const columns = Math.max(1, last);
  const columnGap = clamp((box.width - marginLeft - right) / columns, minColumnGap, maxColumnGap);
  const content = marginLeft + columns * columnGap + right;
  const width = Math.max(content, box.width);
  const offset = (width - content) / 2;
  const column = (layer: number) => offset + marginLeft + layer * columnGap;

  const bandRows = (widest - 1) * rowGap;
  const bandHeight = top + above + 2 * radius + bandRows + below;
  const reverseTop = bandHeight + gapBands;
  const centred = (n: number, bandTop: number) =>
    Array.from(
      { length: n },
      (_, j) => bandTop + top + above + radius + bandRows / 2 + (j - (n - 1) / 2) * rowGap,
    );
  const neurons = layers.map((n, l) => centred(n, 0).map((y) => ({ x: column(l), y })));
  const amps = layers.map((n, l) =>
    l === 0 ? [] : centred(n, reverseTop + extra).map((y) => ({ x: column(l), y })),
  );
  const cost =
    costPlacement === 'beside'
      ? { x: column(last) + 150 * k, y: reverseTop }
      : { x: column(last) + 8, y: bandHeight + gapBands / 2 };
  return {
    width,
    height: reverseTop + extra + bandHeight + 8 * k,
    neurons,
    amps,
    cost,
    costHalf,
    costPlacement,
    radius,
    ampSize: radius * 1.1,
    forwardTitleY: top - 10 * k,
    reverseTitleY: reverseTop + top - 10 * k,
    legendY: reverseTop + top - 10 * k + extra,
    dividerY: bandHeight + gapBands / 2,
    titleX: 12 * k,
    density,
    type,
    unit: k,
    fontSize: font,
    labelFontSize: label,
    smallFontSize: small,
    columnGap,
    rowGap,
  };
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
