import { lossGradient, lossValue } from './losses';
import { ACTIVATION_SPECS, type LayerKernels } from './activations';
import type { NetworkScenario } from './types';

/**
 * The training hot path: gradient descent over all samples with every buffer allocated
 * once, up front, as typed arrays. Nothing is allocated per sample or per step, so a
 * browser can run thousands of steps per second without garbage-collection pauses.
 *
 * Weights of layer l are stored row-major: `W[l][j * fanIn + k]` is `weights[l][j][k]`.
 */
export class Trainer {
  readonly scenario: NetworkScenario;
  readonly W: Float64Array[];
  readonly b: Float64Array[];
  readonly gW: Float64Array[];
  readonly gb: Float64Array[];
  private readonly sizes: number[];
  /** The layer loops of each layer's activation, from its spec. */
  private readonly kernels: LayerKernels[];
  private readonly z: Float64Array[];
  private readonly a: Float64Array[];
  private readonly delta: Float64Array[];
  private readonly xs: Float64Array[];
  private readonly ys: Float64Array[];
  private readonly outGrad: Float64Array;
  private readonly scale: number;

  constructor(scenario: NetworkScenario) {
    this.scenario = scenario;
    this.sizes = scenario.layers.slice();
    const L = this.sizes.length - 1;
    this.kernels = scenario.activation.map((name) => ACTIVATION_SPECS[name].layer);
    this.W = scenario.weights.map((m) => Float64Array.from(m.flat()));
    this.b = scenario.biases.map((v) => Float64Array.from(v));
    this.gW = this.W.map((w) => new Float64Array(w.length));
    this.gb = this.b.map((v) => new Float64Array(v.length));
    this.z = this.b.map((v) => new Float64Array(v.length));
    this.a = this.b.map((v) => new Float64Array(v.length));
    this.delta = this.b.map((v) => new Float64Array(v.length));
    this.xs = scenario.samples.map((s) => Float64Array.from(s.x));
    this.ys = scenario.samples.map((s) => Float64Array.from(s.y));
    this.outGrad = new Float64Array(this.sizes[L] ?? 0);
    this.scale = scenario.reduction === 'mean' ? 1 / scenario.samples.length : 1;
  }

  /**
   * Fills `gW` and `gb` with ∇L over all samples (summed or averaged by the scenario's
   * reduction) and returns L at the current parameters.
   */
  computeGradient(): number {
    for (const g of this.gW) g.fill(0);
    for (const g of this.gb) g.fill(0);
    let total = 0;
    for (let n = 0; n < this.xs.length; n++) total += this.accumulate(n);
    if (this.scale !== 1) {
      for (const g of this.gW)
        for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) * this.scale;
      for (const g of this.gb)
        for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) * this.scale;
    }
    return total * this.scale;
  }

  /** One step θ ← θ − η∇L(θ). Returns L at the parameters before the step. */
  step(): number {
    const loss = this.computeGradient();
    const eta = this.scenario.learningRate;
    for (let l = 0; l < this.W.length; l++) {
      const W = this.W[l] as Float64Array;
      const gW = this.gW[l] as Float64Array;
      for (let i = 0; i < W.length; i++) W[i] = (W[i] as number) - eta * (gW[i] as number);
      const b = this.b[l] as Float64Array;
      const gb = this.gb[l] as Float64Array;
      for (let i = 0; i < b.length; i++) b[i] = (b[i] as number) - eta * (gb[i] as number);
    }
    return loss;
  }

  /** The current parameters as a new scenario (everything else unchanged). */
  toScenario(): NetworkScenario {
    return {
      ...this.scenario,
      weights: this.W.map((w, l) => unflatten(w, this.sizes[l] as number)),
      biases: this.b.map((v) => Array.from(v)),
    };
  }

  /** Forward and backward for sample n, adding its gradient into gW and gb. */
  private accumulate(n: number): number {
    const L = this.W.length;
    const x = this.xs[n] as Float64Array;
    for (let l = 0; l < L; l++) {
      const input = l === 0 ? x : (this.a[l - 1] as Float64Array);
      const W = this.W[l] as Float64Array;
      const b = this.b[l] as Float64Array;
      const z = this.z[l] as Float64Array;
      const a = this.a[l] as Float64Array;
      const fanIn = input.length;
      for (let j = 0; j < z.length; j++) {
        let s = b[j] as number;
        const row = j * fanIn;
        for (let k = 0; k < fanIn; k++) s += (W[row + k] as number) * (input[k] as number);
        z[j] = s;
      }
      (this.kernels[l] as LayerKernels).activate(z, a);
    }
    const out = this.a[L - 1] as Float64Array;
    const y = this.ys[n] as Float64Array;
    const loss = this.scenario.loss;
    lossGradient(loss, out, y, this.outGrad);

    for (let l = L - 1; l >= 0; l--) {
      const z = this.z[l] as Float64Array;
      const a = this.a[l] as Float64Array;
      const delta = this.delta[l] as Float64Array;
      if (l === L - 1) {
        delta.set(this.outGrad);
      } else {
        const next = this.delta[l + 1] as Float64Array;
        const Wn = this.W[l + 1] as Float64Array;
        const fanIn = z.length;
        for (let k = 0; k < fanIn; k++) {
          let s = 0;
          for (let j = 0; j < next.length; j++)
            s += (Wn[j * fanIn + k] as number) * (next[j] as number);
          delta[k] = s;
        }
      }
      // δ = σ′(z) · ∂C/∂a, using the already computed a = σ(z) where that saves an exp.
      (this.kernels[l] as LayerKernels).scaleByGain(z, a, delta);
      const input = l === 0 ? x : (this.a[l - 1] as Float64Array);
      const gW = this.gW[l] as Float64Array;
      const gb = this.gb[l] as Float64Array;
      const fanIn = input.length;
      for (let j = 0; j < delta.length; j++) {
        const d = delta[j] as number;
        gb[j] = (gb[j] as number) + d;
        const row = j * fanIn;
        for (let k = 0; k < fanIn; k++)
          gW[row + k] = (gW[row + k] as number) + d * (input[k] as number);
      }
    }
    return lossValue(loss, out, y);
  }
}

/** Row-major flat weights back into `matrix[j][k]` form. */
export function unflatten(flat: Float64Array, fanIn: number): number[][] {
  const rows: number[][] = [];
  for (let j = 0; j * fanIn < flat.length; j++) {
    rows.push(Array.from(flat.subarray(j * fanIn, (j + 1) * fanIn)));
  }
  return rows;
}
