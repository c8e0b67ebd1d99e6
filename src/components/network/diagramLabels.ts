import { ids, keys, neuronNumber, parseId } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import type { LabelRequest } from './labelPlacement';
import type { Point } from './layout';
import { costInOwner, labelKey, reverseOwner, type LabelPart, type LabelSource } from './labelKeys';
import {
  ampInputText,
  biasGradientText,
  biasText,
  deltaText,
  dzdwText,
  neuronSymbolText,
  targetText,
  weightGradientText,
  weightText,
} from './labelTexts';
import { textSize } from './textBox';
import { alongWire, forwardWire, reverseWire, type StraightWire } from './wires';

/**
 * Every label the network diagram can draw, as requests for the label placement: its
 * longest text (so that a label never grows into a neighbour when its value appears),
 * its candidate places, best first, and its priority (the order of the list).
 */

/** The size of the pill around a ∂z/∂w tag, beyond its text. */
export const DZDW_PAD = { x: 1, y: 1.7 / 1.2 } as const;

const offsets = (c: Point, w: number, h: number, dy: number): Point[] => [
  { x: c.x, y: c.y + dy },
  { x: c.x - w / 3, y: c.y + dy },
  { x: c.x + w / 3, y: c.y + dy },
  { x: c.x, y: c.y + dy + Math.sign(dy) * h * 0.5 },
];

function request(
  id: string,
  text: string,
  fontSize: number,
  bold: boolean,
  at: (width: number, height: number) => Point[],
  extra: Partial<Pick<LabelRequest, 'owner' | 'wires'>> = {},
): LabelRequest {
  const { width, height } = textSize(text, fontSize, bold);
  return { id, width, height, at: at(width, height), wires: 'avoid', ...extra };
}

/**
 * Candidate centres along a straight wire at fractions `ts`: on the wire (its halo cuts
 * the line), and just clear of it on the `side` (−1 above, +1 below) and then the other.
 */
function beside(wire: StraightWire, ts: readonly number[], side: -1 | 1) {
  const dx = wire.end.x - wire.start.x;
  const dy = wire.end.y - wire.start.y;
  const length = Math.hypot(dx, dy) || 1;
  // The unit normal pointing up (negative y), whichever way the wire runs.
  const flip = dx >= 0 ? 1 : -1;
  const nx = (dy / length) * flip;
  const ny = (-dx / length) * flip;
  return (width: number, height: number): Point[] => {
    const clear = (Math.abs(nx) * width) / 2 + (Math.abs(ny) * height) / 2 + 3;
    return ts.flatMap((t) => {
      const c = alongWire(wire, t);
      const off = (sgn: number) => ({ x: c.x + sgn * nx * clear, y: c.y + sgn * ny * clear });
      return side < 0 ? [c, off(1), off(-1)] : [off(-1), c, off(1)];
    });
  };
}

/** Distance from `p` to the segment of `wire`. */
function distanceToWire(p: Point, wire: StraightWire): number {
  const dx = wire.end.x - wire.start.x;
  const dy = wire.end.y - wire.start.y;
  const squared = dx * dx + dy * dy;
  const t =
    squared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - wire.start.x) * dx + (p.y - wire.start.y) * dy) / squared));
  return Math.hypot(p.x - (wire.start.x + t * dx), p.y - (wire.start.y + t * dy));
}

/**
 * Keeps the candidates nearer their own wire than any other wire of the gap: a weight's
 * label set just clear of its wire could land nearer a neighbour's, and in a small
 * diagram (a phone, an embed) read as that wire's weight. When none is (wires that
 * cross everywhere near), the candidates stay as they were.
 */
function ownedBy(
  wire: StraightWire,
  others: readonly StraightWire[],
  at: (width: number, height: number) => Point[],
) {
  return (width: number, height: number): Point[] => {
    const all = at(width, height);
    const owned = all.filter((c) => {
      const own = distanceToWire(c, wire);
      return others.every((o) => distanceToWire(c, o) > own + 1);
    });
    return owned.length > 0 ? owned : all;
  };
}

/** Every wire of the gap between `layer` and `layer + 1` except the one from k to j. */
function otherWires(
  layout: LabelSource['layout'],
  layers: readonly number[],
  layer: number,
  k: number,
  j: number,
): StraightWire[] {
  const wires: StraightWire[] = [];
  for (let jj = 0; jj < (layers[layer + 1] ?? 0); jj++)
    for (let kk = 0; kk < (layers[layer] ?? 0); kk++)
      if (kk !== k || jj !== j) wires.push(forwardWire(layout, layer, kk, jj));
  return wires;
}

/**
 * The standing labels come in this order of priority: the targets and symbols that name
 * things first, the numbers after.
 */
const PRIORITY: readonly LabelPart[] = [
  'y',
  'symbol',
  'delta',
  'input',
  'b',
  'w',
  'rw',
  'bgrad',
  'grad',
];

/**
 * Layer pairs with more weights than this get no standing weight labels: their wires
 * are too close together for any to fit (checking each would cost more than drawing),
 * so only the current step's and the focused weight's are placed.
 */
export const DENSE_PAIR = 36;

/** The label requests of neuron j of `layer`: above it, and (layer ≥ 1) its bias and op-amp. */
function neuronRequests(
  src: LabelSource,
  l: number,
  j: number,
): Partial<Record<LabelPart, LabelRequest>> {
  const { layers, layout, value } = src;
  const { radius: r, ampSize: s, labelFontSize: label, smallFontSize: small } = layout;
  const v = (key: string) => value(key) ?? 0;
  const p = layout.neurons[l]?.[j] ?? { x: 0, y: 0 };
  const num = l === 0 ? j + 1 : neuronNumber(layers, l, j);
  const symbol = request(
    labelKey(ids.neuron(l, j), 'symbol'),
    neuronSymbolText(l === 0, num, value(keys.z(l, j))),
    label,
    false,
    (w, h) => offsets(p, w, h, -(r + 3 + h / 2)),
  );
  if (l === 0) return { symbol };
  const bias = ids.bias(l, j);
  const a = layout.amps[l]?.[j] ?? { x: 0, y: 0 };
  const amp = ids.amp(l, j);
  const output = l === layers.length - 1;
  const input = ampInputText(output, output ? j + 1 : num, v(keys.dCda(l, j)));
  return {
    symbol,
    b: request(
      labelKey(bias, 'b'),
      biasText(num, v(keys.b(l, j)), value(keys.bNext(l, j))),
      small,
      true,
      (w, h) => offsets(p, w, h, r + 3 + h / 2),
    ),
    bgrad: request(
      labelKey(bias, 'bgrad'),
      biasGradientText(v(keys.db(l, j))),
      small,
      true,
      (w, h) => offsets(p, w, h, r + 5 + (h * 3) / 2),
    ),
    delta: request(
      labelKey(amp, 'delta'),
      deltaText(num, value(keys.delta(l, j))),
      label,
      true,
      (w, h) => offsets(a, w, h, -(s + 3 + h / 2)),
    ),
    input: request(
      labelKey(amp, 'input'),
      input,
      small,
      false,
      (w, h) =>
        output
          ? [
              { x: a.x + s + 6 + w / 2, y: a.y - h / 2 - 2 },
              { x: a.x + s + 6 + w / 2, y: a.y + h / 2 + 2 },
              ...offsets(a, w, h, s + 3 + h / 2),
            ]
          : offsets(a, w, h, s + 3 + h / 2),
      output ? { owner: amp } : {},
    ),
  };
}

/** The target of output j, on its wire into the cost. */
function targetRequest(src: LabelSource, j: number): LabelRequest {
  const { layers, layout, value } = src;
  const r = layout.radius;
  const p = layout.neurons[layers.length - 1]?.[j] ?? { x: 0, y: 0 };
  return request(
    labelKey(ids.target(j), 'y'),
    targetText(j, value(keys.y(j))),
    layout.labelFontSize,
    true,
    (w, h) => [
      { x: p.x + r + 6 + w / 2, y: p.y - h / 2 - 2 },
      { x: p.x + r + 6 + w / 2, y: p.y - r + h / 2 - 4 },
      { x: p.x + r + 6 + w / 2, y: p.y + h / 2 + 2 },
    ],
    { owner: costInOwner(j), wires: 'allow' },
  );
}

/** The labels of the weight from neuron k of `layer` to neuron j of `layer + 1`. */
function edgeRequests(
  src: LabelSource,
  l: number,
  k: number,
  j: number,
): Partial<Record<LabelPart, LabelRequest>> {
  const { layout, value } = src;
  const v = (key: string) => value(key) ?? 0;
  const edge = ids.edge(l, k, j);
  const wire = forwardWire(layout, l, k, j);
  const others = otherWires(layout, src.layers, l, k, j);
  const w = request(
    labelKey(edge, 'w'),
    weightText(v(keys.w(l, k, j)), value(keys.wNext(l, k, j))),
    layout.labelFontSize,
    true,
    ownedBy(wire, others, beside(wire, [0.25, 0.33, 0.17, 0.41, 0.5, 0.1], -1)),
    { owner: edge },
  );
  const grad = request(
    labelKey(edge, 'grad'),
    weightGradientText(v(keys.dW(l, k, j))),
    layout.smallFontSize,
    true,
    ownedBy(wire, others, beside(wire, [0.68, 0.6, 0.76, 0.52, 0.86, 0.45], 1)),
    { owner: edge },
  );
  if (l === 0) return { w, grad };
  const back = reverseWire(layout, l, k, j);
  const rw = request(
    labelKey(edge, 'rw'),
    weightText(v(keys.w(l, k, j))),
    layout.smallFontSize,
    true,
    () => [0.22, 0.3, 0.14, 0.38].map((t) => alongWire(back, t)),
    { owner: reverseOwner(edge) },
  );
  return { w, grad, rw };
}

/** The request for one label by its id (see `labelKey`), for a moment that demands it. */
export function requestFor(src: LabelSource, id: string): LabelRequest | undefined {
  const [element = '', part = ''] = id.split('|');
  const parsed = parseId(element);
  if (parsed === null || !isLabelPart(part)) return undefined;
  switch (parsed.kind) {
    case 'neuron':
    case 'bias':
    case 'amp':
      return neuronRequests(src, parsed.layer, parsed.j)[part];
    case 'edge':
      return edgeRequests(src, parsed.layer, parsed.k, parsed.j)[part];
    case 'target':
      return part === 'y' ? targetRequest(src, parsed.j) : undefined;
    case 'loss':
      return undefined;
    default:
      return assertNever(parsed);
  }
}

const LABEL_PARTS: ReadonlySet<string> = new Set<LabelPart>([...PRIORITY, 'dzdw']);
function isLabelPart(part: string): part is LabelPart {
  return LABEL_PARTS.has(part);
}

/** Every standing label request, highest priority first. */
export function labelRequests(src: LabelSource): LabelRequest[] {
  const { layers } = src;
  const last = layers.length - 1;
  const byPart = new Map<LabelPart, LabelRequest[]>(PRIORITY.map((part) => [part, []]));
  const add = (requests: Partial<Record<LabelPart, LabelRequest>>) => {
    for (const part of PRIORITY) {
      const r = requests[part];
      if (r !== undefined) byPart.get(part)?.push(r);
    }
  };
  layers.forEach((n, l) => {
    for (let j = 0; j < n; j++) add(neuronRequests(src, l, j));
  });
  for (let j = 0; j < (layers[last] ?? 0); j++) add({ y: targetRequest(src, j) });
  for (let l = 0; l < last; l++) {
    const fanIn = layers[l] ?? 0;
    const fanOut = layers[l + 1] ?? 0;
    if (fanIn * fanOut > DENSE_PAIR) continue;
    for (let j = 0; j < fanOut; j++)
      for (let k = 0; k < fanIn; k++) add(edgeRequests(src, l, k, j));
  }
  return PRIORITY.flatMap((part) => byPart.get(part) ?? []);
}

/** The ∂z/∂w tag of a weight, placed only while a step uses it (see stepLabels.ts). */
export function dzdwRequest(src: LabelSource, l: number, k: number, j: number): LabelRequest {
  const { layout, value } = src;
  const size = layout.smallFontSize;
  const text = dzdwText(value(keys.a(l, k)) ?? 0);
  const { width, height } = textSize(text, size, true);
  const wire = forwardWire(layout, l, k, j);
  return {
    id: labelKey(ids.edge(l, k, j), 'dzdw'),
    width: width + size * DZDW_PAD.x,
    height: height * DZDW_PAD.y,
    at: [0.5, 0.42, 0.58, 0.34, 0.66, 0.26].map((t) => alongWire(wire, t)),
    owner: ids.edge(l, k, j),
    wires: 'allow',
  };
}
