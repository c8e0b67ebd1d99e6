import { ACTIVATION_FNS } from '../network/activations';
import { lossValue } from '../network/losses';
import type { NetworkScenario } from '../network/types';
import type { ParamRef } from './params';

/**
 * The loss surface over two parameters: L evaluated on a grid of values of `a` (columns)
 * and `b` (rows), every other parameter held at the scenario's values. Returns the values
 * row by row (`values[row * xs.length + column]`), the layout d3-contour reads.
 * Forward passes only, with every buffer allocated once.
 */
export function lossSurface(
  scenario: NetworkScenario,
  a: ParamRef,
  b: ParamRef,
  xs: readonly number[],
  ys: readonly number[],
): Float64Array {
  const W = scenario.weights.map((m) => Float64Array.from(m.flat()));
  const bias = scenario.biases.map((v) => Float64Array.from(v));
  const act = scenario.activation.map((name) => ACTIVATION_FNS[name].f);
  const buffers = bias.map((v) => new Float64Array(v.length));
  const scale = scenario.reduction === 'mean' ? 1 / scenario.samples.length : 1;
  const slot = (ref: ParamRef): [Float64Array, number] =>
    ref.kind === 'w'
      ? [W[ref.layer] as Float64Array, ref.j * (scenario.layers[ref.layer] as number) + ref.k]
      : [bias[ref.layer] as Float64Array, ref.j];
  const [arrayA, indexA] = slot(a);
  const [arrayB, indexB] = slot(b);

  const loss = (): number => {
    let total = 0;
    for (const sample of scenario.samples) {
      let input: ArrayLike<number> = sample.x;
      for (let l = 0; l < W.length; l++) {
        const w = W[l] as Float64Array;
        const out = buffers[l] as Float64Array;
        const fanIn = input.length;
        const f = act[l] ?? ACTIVATION_FNS.linear.f;
        for (let j = 0; j < out.length; j++) {
          let s = (bias[l] as Float64Array)[j] as number;
          for (let k = 0; k < fanIn; k++) s += (w[j * fanIn + k] as number) * (input[k] as number);
          out[j] = f(s);
        }
        input = out;
      }
      total += lossValue(scenario.loss, input, sample.y);
    }
    return total * scale;
  };

  const values = new Float64Array(xs.length * ys.length);
  ys.forEach((y, row) => {
    arrayB[indexB] = y;
    xs.forEach((x, column) => {
      arrayA[indexA] = x;
      values[row * xs.length + column] = loss();
    });
  });
  return values;
}

/** `count` evenly spaced numbers from `lo` to `hi`, both included. */
export function gridPoints(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / Math.max(1, count - 1));
}

/**
 * The window of the surface plot for one parameter: the span of its path with a margin on
 * each side, at least ±1 around the middle, so that a short path still shows the bowl it
 * sits in.
 */
export function surfaceWindow(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [-1, 1];
  const middle = (lo + hi) / 2;
  const half = Math.max(((hi - lo) / 2) * 1.3, 1);
  return [middle - half, middle + half];
}
