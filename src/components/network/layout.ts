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
  readonly fontSize: number;
}

const MARGIN_LEFT = 110;
const MARGIN_RIGHT = 230;
const TITLE = 40;

export function layoutNetwork(layers: readonly number[]): NetworkLayout {
  const widest = Math.max(...layers);
  const density = widest <= 3 && layers.length <= 6 ? 'roomy' : widest <= 6 ? 'compact' : 'dense';
  const rowGap = density === 'roomy' ? 130 : density === 'compact' ? 78 : 42;
  const columnGap = density === 'roomy' ? 250 : layers.length > 6 ? 140 : 190;
  const radius = density === 'roomy' ? 30 : density === 'compact' ? 22 : 17;
  const fontSize = density === 'dense' ? 12 : 16;
  const bandHeight = widest * rowGap + 40;
  const forwardTop = TITLE;
  const reverseTop = forwardTop + bandHeight + TITLE + 30;

  const column = (layer: number) => MARGIN_LEFT + layer * columnGap;
  const rows = (n: number, top: number) =>
    Array.from({ length: n }, (_, j) => top + 20 + bandHeight / 2 + (j - (n - 1) / 2) * rowGap);

  const neurons = layers.map((n, l) => rows(n, forwardTop).map((y) => ({ x: column(l), y })));
  const amps = layers.map((n, l) =>
    l === 0 ? [] : rows(n, reverseTop).map((y) => ({ x: column(l), y })),
  );
  const last = layers.length - 1;
  const cost = { x: column(last) + 150, y: (forwardTop + bandHeight + reverseTop + 40) / 2 };
  return {
    width: column(last) + MARGIN_RIGHT,
    height: reverseTop + bandHeight + 30,
    neurons,
    amps,
    cost,
    radius,
    ampSize: radius * 1.1,
    reverseTop,
    forwardTop,
    density,
    fontSize,
  };
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
