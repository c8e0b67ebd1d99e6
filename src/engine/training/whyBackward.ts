import { forwardBackward } from '../network/forwardBackward';
import { initialiseParameters } from '../network/initialise';
import type { Matrix, NetworkScenario } from '../network/types';

/**
 * "Why backwards" (lecture, section 3): every ∂C/∂z of one example, computed two ways, with
 * the multiply-adds each way takes.
 *
 * What is counted. The forward pass has run, so every gain σ′(z) and the cost's ∂C/∂y are
 * known. Then, for neuron j of layer l (layers 1 … L, L the output, n_l neurons in layer l):
 *   output layer:  ∂C/∂z = σ′(z) · ∂C/∂y                         1 operation
 *   other layers:  ∂C/∂z = σ′(z) · Σᵢ w_ij · ∂C/∂z_i(next layer)   n_(l+1) multiply-adds + 1
 * Each product, and each product added into a sum, counts as one multiply-add.
 *
 * Backwards (the reverse network, dynamic programming): each ∂C/∂z is computed once, from
 * the next layer's, which are already there:
 *   B = Σ_(l=1…L) n_l  +  Σ_(l=1…L−1) n_l · n_(l+1)
 * — one per neuron plus one per weight between non-input layers: linear in the size.
 *
 * From the input side (naive recursion): dC_dz(l, j) calls dC_dz(l+1, i) for every neuron i
 * it feeds and forgets the answers, so a neuron of layer l starts P(l, m) = n_(l+1)·…·n_m
 * calls at layer m (one path each), and a call at layer m costs c_m = n_(m+1) + 1 (c_L = 1).
 * Since c_m · P(l, m) = P(l, m) + P(l, m+1), one top-level call costs
 *   R(l) = Σ_(m=l…L) P(l, m) · c_m = 2 · Σ_(m=l…L) P(l, m) − 1,
 * and all of them together
 *   N = Σ_(l=1…L) n_l · (2 · Σ_(m=l…L) Π_(i=l+1…m) n_i − 1).
 * For L layers of width n (n > 1) the geometric series give
 *   N = n · Σ_(d=0…L−1) (2(n^(d+1) − 1)/(n − 1) − 1) = n · (2(n(n^L − 1)/(n − 1) − L)/(n − 1) − L),
 * about 2·n^L·(n/(n − 1))²: it grows like n^L, exponentially in the depth, while
 *   B = L·n + (L − 1)·n²
 * grows linearly in it. The lecture's 2-2-2-2 network: B = 14, N = 38.
 */

/** ∂C/∂z of every non-input neuron (`deltas[l][j]` for neuron j of layer l+1) and its cost. */
export interface DeltaComputation {
  readonly deltas: number[][];
  readonly multiplyAdds: number;
  /** How many times a ∂C/∂z was computed (for the naive way, with repeats). */
  readonly evaluations: number;
}

/** What both ways start from: the network's weights and the forward pass's results. */
export interface ForwardResults {
  readonly weights: readonly Matrix[];
  /** σ′(z), indexed like `biases`. */
  readonly gain: readonly (readonly number[])[];
  /** ∂C/∂y of the output layer. */
  readonly outputGradient: readonly number[];
}

/** Runs the forward pass of example `sample` and keeps what the backward computations need. */
export function forwardResults(scenario: NetworkScenario, sample = 0): ForwardResults {
  const r = forwardBackward(scenario, sample);
  return {
    weights: scenario.weights,
    gain: r.gain,
    outputGradient: r.dCda[r.dCda.length - 1] ?? [],
  };
}

/** Every ∂C/∂z by the reverse network: output layer first, each computed once. */
export function backwardDeltas({
  weights,
  gain,
  outputGradient,
}: ForwardResults): DeltaComputation {
  const L = gain.length;
  const deltas: number[][] = new Array<number[]>(L);
  let ops = 0;
  let evaluations = 0;
  deltas[L - 1] = (gain[L - 1] ?? []).map((g, j) => {
    ops++;
    evaluations++;
    return g * (outputGradient[j] ?? 0);
  });
  for (let l = L - 2; l >= 0; l--) {
    const next = deltas[l + 1] ?? [];
    const W = weights[l + 1] ?? [];
    deltas[l] = (gain[l] ?? []).map((g, j) => {
      let s = 0;
      for (let i = 0; i < W.length; i++) {
        s += (W[i]?.[j] ?? 0) * (next[i] ?? 0);
        ops++;
      }
      ops++;
      evaluations++;
      return g * s;
    });
  }
  return { deltas, multiplyAdds: ops, evaluations };
}

/**
 * Every ∂C/∂z from the input side: for each neuron, a recursive function that asks every
 * neuron it feeds for its ∂C/∂z, which asks every neuron it feeds, and so on to the output,
 * with nothing remembered between calls — the lecture's "many repeated function calls".
 * The arithmetic is the same as {@link backwardDeltas}, in the same order, so the answers
 * agree exactly; only the amount of work differs.
 */
export function naiveDeltas({ weights, gain, outputGradient }: ForwardResults): DeltaComputation {
  const L = gain.length;
  let ops = 0;
  let evaluations = 0;
  const dCdz = (l: number, j: number): number => {
    evaluations++;
    const g = gain[l]?.[j] ?? 0;
    if (l === L - 1) {
      ops++;
      return g * (outputGradient[j] ?? 0);
    }
    const W = weights[l + 1] ?? [];
    let s = 0;
    for (let i = 0; i < W.length; i++) {
      s += (W[i]?.[j] ?? 0) * dCdz(l + 1, i);
      ops++;
    }
    ops++;
    return g * s;
  };
  const deltas = gain.map((layer, l) => layer.map((_, j) => dCdz(l, j)));
  return { deltas, multiplyAdds: ops, evaluations };
}

/** B: multiply-adds of the backward way, for layer sizes (input first). */
export function backwardCount(layers: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < layers.length; l++) {
    total += (layers[l] as number) * (1 + (layers[l + 1] ?? 0));
  }
  return total;
}

/** N: multiply-adds of the naive recursion, for layer sizes (input first). */
export function naiveCount(layers: readonly number[]): number {
  const L = layers.length - 1;
  let total = 0;
  for (let l = 1; l <= L; l++) {
    let paths = 1;
    let sum = 0;
    for (let m = l; m <= L; m++) {
      if (m > l) paths *= layers[m] as number;
      sum += paths;
    }
    total += (layers[l] as number) * (2 * sum - 1);
  }
  return total;
}

/** N for L layers of width n, by the geometric-series closed form. */
export function naiveCountUniform(width: number, depth: number): number {
  let total = 0;
  for (let d = 0; d < depth; d++) {
    const series = width === 1 ? d + 1 : (width ** (d + 1) - 1) / (width - 1);
    total += 2 * series - 1;
  }
  return width * total;
}

/** B for L layers of width n: L·n + (L − 1)·n². */
export function backwardCountUniform(width: number, depth: number): number {
  return depth * width + (depth - 1) * width * width;
}

/**
 * The network timed in the "why backwards" panel: `depth` sigmoid layers of `width`
 * neurons after `width` inputs, parameters from the seeded initialiser, one example.
 */
export function uniformNetwork(width: number, depth: number): NetworkScenario {
  const layers = new Array<number>(depth + 1).fill(width);
  const { weights, biases } = initialiseParameters(layers, 1);
  return {
    version: 1,
    kind: 'network',
    layers,
    activation: new Array(depth).fill('sigmoid'),
    loss: 'half-sse',
    weights,
    biases,
    samples: [
      {
        x: Array.from({ length: width }, (_, k) => (k % 2 === 0 ? 1 : -1)),
        y: new Array<number>(width).fill(0),
      },
    ],
    learningRate: 0.5,
    reduction: 'sum',
  };
}
