import { ACTIVATION_FNS } from './activations';
import { lossGradient, lossValue } from './losses';
import type { NetworkScenario } from './types';

/**
 * Everything one training example produces, in the lecture's terms. All arrays are
 * indexed like `biases`: entry l belongs to layer l+1 (layer 0 is the input).
 */
export interface ForwardBackwardResult {
  /** Activation inputs z = W a_prev + b. */
  readonly z: number[][];
  /** Activations a = σ(z). */
  readonly a: number[][];
  /** The op-amp gains σ′(z). */
  readonly gain: number[][];
  /** ∂C/∂a: for the output layer from the cost, elsewhere Σ w · ∂C/∂z′ of the next layer. */
  readonly dCda: number[][];
  /** δ = ∂C/∂z = σ′(z) · ∂C/∂a. */
  readonly delta: number[][];
  /** ∂C/∂w = a_in · δ_out, indexed like `weights`. */
  readonly dW: number[][][];
  /** ∂C/∂b = δ. */
  readonly db: number[][];
  /** ∂C/∂x: the gradient with respect to the inputs. */
  readonly dx: number[];
  /** The cost C of this example. */
  readonly loss: number;
}

/**
 * Forward pass, then backward pass, for example `sample` of the scenario. Written for
 * reading, not for speed (the trainer is the fast path); the two are checked against each
 * other in the tests.
 */
export function forwardBackward(scenario: NetworkScenario, sample = 0): ForwardBackwardResult {
  const { weights, biases, activation, loss } = scenario;
  const example = scenario.samples[sample];
  if (example === undefined) throw new RangeError(`no sample ${sample}`);
  const L = weights.length;

  // Forward: z = W a_prev + b, a = σ(z), layer by layer from the input.
  const z: number[][] = [];
  const a: number[][] = [];
  const gain: number[][] = [];
  let previous: readonly number[] = example.x;
  for (let l = 0; l < L; l++) {
    const fn = ACTIVATION_FNS[activation[l] ?? 'linear'];
    const W = weights[l] ?? [];
    const zl = W.map((row, j) =>
      row.reduce((s, w, k) => s + w * (previous[k] ?? 0), biases[l]?.[j] ?? 0),
    );
    z.push(zl);
    a.push(zl.map(fn.f));
    gain.push(zl.map(fn.df));
    previous = a[l] ?? [];
  }
  const output = a[L - 1] ?? [];

  // Backward: the reverse network, from the output layer back to the first hidden layer.
  const dCda: number[][] = new Array<number[]>(L);
  const delta: number[][] = new Array<number[]>(L);
  const outputGrad = new Array<number>(output.length).fill(0);
  lossGradient(loss, output, example.y, outputGrad);
  dCda[L - 1] = outputGrad;
  // At the output layer the op-amp's input is ∂C/∂y from the cost. (For softmax-ce the
  // output layer is linear, so its gain is 1 and δ = softmax(z) − y.)
  delta[L - 1] = outputGrad.map((g, j) => (gain[L - 1]?.[j] ?? 0) * g);
  for (let l = L - 2; l >= 0; l--) {
    const next = delta[l + 1] ?? [];
    const W = weights[l + 1] ?? [];
    const sums = (z[l] ?? []).map((_, k) =>
      W.reduce((s, row, j) => s + (row[k] ?? 0) * (next[j] ?? 0), 0),
    );
    dCda[l] = sums;
    delta[l] = sums.map((s, j) => (gain[l]?.[j] ?? 0) * s);
  }
  const first = delta[0] ?? [];
  const dx = example.x.map((_, k) =>
    (weights[0] ?? []).reduce((s, row, j) => s + (row[k] ?? 0) * (first[j] ?? 0), 0),
  );

  // Gradients: ∂C/∂w = ∂z/∂w · ∂C/∂z, where ∂z/∂w is the input on the weight's side.
  const dW = weights.map((W, l) => {
    const input = l === 0 ? example.x : (a[l - 1] ?? []);
    return W.map((row, j) => row.map((_, k) => (input[k] ?? 0) * (delta[l]?.[j] ?? 0)));
  });
  const db = delta.map((d) => d.slice());

  return { z, a, gain, dCda, delta, dW, db, dx, loss: lossValue(loss, output, example.y) };
}
