/**
 * Where everything of the network scene goes, as a pure function of the layer sizes.
 * Coordinates are SVG user units; the SVG is drawn at one unit per CSS pixel and scrolls
 * (or zooms) when it does not fit, so text keeps its size on every screen.
 *
 * The forward network fills the top band; the reverse network of op-amps sits in the
 * bottom band with the same columns, so every neuron's twin is straight below it.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  /** Neuron centres, `neurons[layer][j]`, layer 0 being the inputs. */
  readonly neurons: readonly (readonly Point[])[];
  /** Op-amp centres, `amps[layer][j]` for layer ≥ 1 (`amps[0]` is empty). */
  readonly amps: readonly (readonly Point[])[];
  /** The cost block, to the right of the output layer, between the two bands. */
  readonly cost: Point;
  readonly radius: number;
  /** Half the width of an op-amp triangle. */
  readonly ampSize: number;
  /** Vertical offset of the reverse band's title and top. */
  readonly reverseTop: number;
  readonly forwardTop: number;
  /** How dense the diagram is: labels that would collide are left to the inspector. */
  readonly density: 'roomy' | 'compact' | 'dense';
  /** 1, or the presenter scale: multiplies the fixed sizes of boxes and offsets. */
  readonly unit: number;
  /** Main values: a inside neurons, the cost. */
  readonly fontSize: number;
  /** Symbols and weights: z labels, weights, δ labels, targets. */
  readonly labelFontSize: number;
  /** Secondary numbers: biases, gradients, gains, ∂C/∂a. */
  readonly smallFontSize: number;
}

/** Presenter mode draws bigger type and more room, for the back of a classroom. */
export interface LayoutOptions {
  readonly presenter?: boolean;
}

const MARGIN_LEFT = 110;
const MARGIN_RIGHT = 230;
const TITLE = 40;

export function layoutNetwork(
  layers: readonly number[],
  options: LayoutOptions = {},
): NetworkLayout {
  const widest = Math.max(...layers);
  const density = widest <= 3 && layers.length <= 6 ? 'roomy' : widest <= 6 ? 'compact' : 'dense';
  // Presenter mode scales every distance and type size by the same factor, so the
  // drawing keeps its proportions; its smallest label is 19 units, which is 20 px or
  // more once the diagram fills a 1920×1080 screen.
  const k = options.presenter ? 1.45 : 1;
  // Rows grow less than type in presenter mode, and the margins shrink: both bands must
  // fit a 16:9 screen at a scale that keeps the smallest label at 20 px or more.
  const rowGap =
    (options.presenter ? 1.22 : 1) * (density === 'roomy' ? 130 : density === 'compact' ? 78 : 42);
  const space = options.presenter
    ? { top: 40, band: 20, between: 64, bottom: 16 }
    : { top: TITLE, band: 40, between: TITLE + 30, bottom: 30 };
  const columnGap = k * (density === 'roomy' ? 250 : layers.length > 6 ? 140 : 190);
  const radius = k * (density === 'roomy' ? 30 : density === 'compact' ? 22 : 17);
  const fontSize = Math.round(k * (density === 'dense' ? 12 : 16));
  const labelFontSize = Math.round(k * (density === 'dense' ? 11 : 14));
  const smallFontSize = Math.round(k * (density === 'dense' ? 11 : 13));
  const bandHeight = widest * rowGap + space.band;
  const forwardTop = space.top;
  const reverseTop = forwardTop + bandHeight + space.between;

  const column = (layer: number) => MARGIN_LEFT * k + layer * columnGap;
  const rows = (n: number, top: number) =>
    Array.from(
      { length: n },
      (_, j) => top + space.band / 2 + bandHeight / 2 + (j - (n - 1) / 2) * rowGap,
    );

  const neurons = layers.map((n, l) => rows(n, forwardTop).map((y) => ({ x: column(l), y })));
  const amps = layers.map((n, l) =>
    l === 0 ? [] : rows(n, reverseTop).map((y) => ({ x: column(l), y })),
  );
  const last = layers.length - 1;
  const cost = {
    x: column(last) + 150 * k,
    y: (forwardTop + bandHeight + reverseTop + 40 * k) / 2,
  };
  return {
    width: column(last) + MARGIN_RIGHT * k,
    height: reverseTop + bandHeight + space.bottom,
    unit: k,
    neurons,
    amps,
    cost,
    radius,
    ampSize: radius * 1.1,
    reverseTop,
    forwardTop,
    density,
    fontSize,
    labelFontSize,
    smallFontSize,
  };
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
