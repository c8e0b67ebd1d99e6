import { describe, expect, it } from 'vitest';
import { wireSegments } from './coarseDrawing';
import { layoutNetwork } from './layout';
import { paintWires, type WirePen } from './wirePaint';
import { forwardWire, reverseWire } from './wires';

const layers = [3, 2, 2];
/** weights[l][j][k]: the sign of each weight is known from its place. */
const weights = [
  [
    [1, -1, 2],
    [-3, 0, 4],
  ],
  [
    [-5, 6],
    [7, -8],
  ],
];
const layout = layoutNetwork(layers);

/** The segments of a path, as [x0, y0, x1, y1]. */
const quads = (a: Float32Array) =>
  Array.from({ length: a.length / 4 }, (_, i) => [...a.slice(i * 4, i * 4 + 4)]);

const asFloat = (wire: { start: { x: number; y: number }; end: { x: number; y: number } }) => [
  Math.fround(wire.start.x),
  Math.fround(wire.start.y),
  Math.fround(wire.end.x),
  Math.fround(wire.end.y),
];

describe('wireSegments', () => {
  const paths = wireSegments(layers, weights, layout);

  it('has one path per sign and network, every wire in the path of its sign', () => {
    expect(paths.map((p) => p.sign)).toEqual(['positive', 'positive', 'negative', 'negative']);
    const [forwardPositive, reversePositive, forwardNegative, reverseNegative] = paths.map((p) =>
      quads(p.segments),
    );
    // Forward: every weight (6 + 4); 0 counts as positive.
    expect(forwardPositive).toHaveLength(6);
    expect(forwardNegative).toHaveLength(4);
    expect(forwardPositive).toContainEqual(asFloat(forwardWire(layout, 0, 2, 1)));
    expect(forwardNegative).toContainEqual(asFloat(forwardWire(layout, 0, 1, 0)));
    expect(forwardNegative).toContainEqual(asFloat(forwardWire(layout, 1, 1, 1)));
    // Reverse: from the first hidden layer on, so only the last layer's 4 weights.
    expect(reversePositive).toEqual([
      asFloat(reverseWire(layout, 1, 1, 0)),
      asFloat(reverseWire(layout, 1, 0, 1)),
    ]);
    expect(reverseNegative).toHaveLength(2);
  });
});

/** wireSegments written the plain way: an object per wire, in the order l, j, k. */
function referenceSegments(
  ls: readonly number[],
  ws: readonly (readonly (readonly number[])[])[],
  wanted: 'positive' | 'negative',
  reverse: boolean,
): number[][] {
  const out: number[][] = [];
  const at = layoutNetwork(ls);
  for (let l = reverse ? 1 : 0; l < ls.length - 1; l++)
    for (let j = 0; j < (ls[l + 1] ?? 0); j++)
      for (let k = 0; k < (ls[l] ?? 0); k++) {
        const negative = (ws[l]?.[j]?.[k] ?? 0) < 0;
        if (negative !== (wanted === 'negative')) continue;
        out.push(asFloat(reverse ? reverseWire(at, l, k, j) : forwardWire(at, l, k, j)));
      }
  return out;
}

describe('wireSegments on a larger network', () => {
  it('writes exactly the wires of forwardWire and reverseWire, in their order, for each sign', () => {
    const ls = [5, 7, 6, 3];
    // Signs from a sine, a zero and a NaN among them (both drawn as positive).
    const ws = ls
      .slice(1)
      .map((n, l) =>
        Array.from({ length: n }, (_, j) =>
          Array.from({ length: ls[l] ?? 0 }, (_, k) =>
            j === 1 && k === 1 ? 0 : j === 2 && k === 0 ? NaN : Math.sin(l * 31 + j * 7 + k),
          ),
        ),
      );
    const got = wireSegments(ls, ws, layoutNetwork(ls)).map((p) => quads(p.segments));
    expect(got).toEqual([
      referenceSegments(ls, ws, 'positive', false),
      referenceSegments(ls, ws, 'positive', true),
      referenceSegments(ls, ws, 'negative', false),
      referenceSegments(ls, ws, 'negative', true),
    ]);
  });
});

describe('paintWires', () => {
  it('sizes the canvas, scales to layout units and strokes each path once in its colour', () => {
    const calls: string[] = [];
    let style = '';
    const pen = {
      lineWidth: 1,
      globalAlpha: 1,
      set strokeStyle(value: string) {
        style = value;
      },
      get strokeStyle() {
        return style;
      },
      setTransform: (a: number) => calls.push(`transform ${a}`),
      clearRect: (_x: number, _y: number, w: number, h: number) => calls.push(`clear ${w}×${h}`),
      beginPath: () => calls.push('begin'),
      moveTo: () => calls.push('move'),
      lineTo: () => calls.push('line'),
      stroke: () => calls.push(`stroke ${style}`),
    } as unknown as WirePen;
    const canvas = { width: 10, height: 10 };
    const paths = wireSegments(layers, weights, layout);
    paintWires(canvas, pen, {
      width: 300,
      height: 200,
      unit: 2.5,
      colours: { positive: 'blue', negative: 'orange' },
      paths,
    });
    expect(canvas).toEqual({ width: 300, height: 200 });
    expect(calls.slice(0, 3)).toEqual(['transform 1', 'clear 300×200', 'transform 2.5']);
    expect(calls.filter((c) => c.startsWith('stroke'))).toEqual([
      'stroke blue',
      'stroke blue',
      'stroke orange',
      'stroke orange',
    ]);
    expect(calls.filter((c) => c === 'move')).toHaveLength(14);
    expect(calls.filter((c) => c === 'line')).toHaveLength(14);
  });
});
