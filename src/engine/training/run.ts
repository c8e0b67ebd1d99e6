import { MAX_ITERATIONS } from '../limits';
import { Trainer, unflatten } from '../network/trainer';
import type { NetworkScenario } from '../network/types';
import { Checkpoints, Series } from './history';

/**
 * Why a run stopped early: step `step` (θ^(step−1) → θ^step) produced NaN or ±Infinity in
 * the parameters, the loss or the gradient. The run stays at the last finite iteration,
 * `step − 1`. Step 0 means the loss at θ⁰ itself is not finite.
 */
export interface Divergence {
  readonly step: number;
}

/** False for NaN and ±Infinity: `v − v` is 0 only for finite v. */
const finite = (v: number): boolean => v - v === 0;

function allFinite(arrays: readonly Float64Array[]): boolean {
  for (const a of arrays)
    for (let i = 0; i < a.length; i++) if (!finite(a[i] as number)) return false;
  return true;
}

/**
 * Gradient descent from θ⁰, one iteration at a time, with everything the training scene
 * plots: L(θⁱ) and the per-layer gradient norms ‖∂L/∂W_l‖ at every iteration i, and
 * checkpoints of θ from which any earlier iteration is rebuilt exactly.
 *
 * Invariant: the trainer holds θᵗ and its gradient ∇L(θᵗ), so `loss`, `gradient()` and
 * the step table are always about the current iteration. Each step does the arithmetic of
 * `trainStep` (θ − η·∇L(θ), float64, in the same order), so iteration t of a run is
 * bit for bit t successive `trainStep` calls in the same JavaScript engine: a link that
 * names an iteration reproduces θ (see replay.ts about other engines).
 */
export class TrainingRun {
  readonly scenario: NetworkScenario;
  private readonly trainer: Trainer;
  private readonly losses = new Series();
  private readonly norms: Series[];
  private readonly checkpoints: Checkpoints;
  private readonly backupW: Float64Array[];
  private readonly backupB: Float64Array[];
  private readonly flat: Float64Array;
  private t = 0;
  private current: number;
  private stopped: Divergence | null = null;

  constructor(scenario: NetworkScenario, checkpointCapacity = 512) {
    this.scenario = scenario;
    this.trainer = new Trainer(scenario);
    this.norms = this.trainer.W.map(() => new Series());
    this.backupW = this.trainer.W.map((w) => new Float64Array(w.length));
    this.backupB = this.trainer.b.map((b) => new Float64Array(b.length));
    const width = this.trainer.W.reduce(
      (n, w, l) => n + w.length + (this.trainer.b[l]?.length ?? 0),
      0,
    );
    this.flat = new Float64Array(width);
    this.checkpoints = new Checkpoints(width, checkpointCapacity);
    this.current = this.trainer.computeGradient();
    if (!this.settled()) this.stopped = { step: 0 };
    this.record();
  }

  /** t: how many steps have been taken from θ⁰. */
  get iteration(): number {
    return this.t;
  }

  /** L(θᵗ). */
  get loss(): number {
    return this.current;
  }

  /** Set once a step has produced a non-finite value; the run cannot go past it. */
  get divergence(): Divergence | null {
    return this.stopped;
  }

  /**
   * The furthest iteration this run can reach: {@link MAX_ITERATIONS}, or the last finite
   * one once a divergence is found.
   */
  get limit(): number {
    return this.stopped === null ? MAX_ITERATIONS : Math.max(0, this.stopped.step - 1);
  }

  /**
   * Moves to iteration `target`: forwards by stepping, backwards by restoring the latest
   * checkpoint at or before it and stepping from there. Stops early at a divergence.
   * Returns the iteration reached.
   */
  goTo(target: number): number {
    const goal = Math.max(0, Math.min(Math.floor(target), this.limit));
    if (goal < this.t) this.rewind(goal);
    while (this.t < goal && this.stepOnce());
    return this.t;
  }

  /** Takes up to `count` steps (fewer if the run diverges). Returns the steps taken. */
  advance(count: number): number {
    const start = this.t;
    this.goTo(this.t + count);
    return this.t - start;
  }

  /** L(θⁱ) for i = 0 … t (a view, valid until the run moves). */
  lossHistory(): Float64Array {
    return this.losses.view();
  }

  /** ‖∂L/∂W_l‖ (Frobenius norm of layer l's weight gradient) at θⁱ, i = 0 … t. */
  normHistory(layer: number): Float64Array {
    return this.norms[layer]?.view() ?? new Float64Array(0);
  }

  /**
   * The values of one parameter (by its {@link paramRefs} index) along the run: at the
   * kept checkpoints (every iteration for the first few hundred, then thinner) and at t.
   */
  parameterPath(index: number): { iterations: number[]; values: number[] } {
    const path = this.checkpoints.trace(index);
    if (path.iterations.at(-1) !== this.t) {
      this.flatten();
      path.iterations.push(this.t);
      path.values.push(this.flat[index] as number);
    }
    return path;
  }

  /** θᵗ as a scenario (θ⁰'s samples, η, shape). */
  theta(): NetworkScenario {
    return this.trainer.toScenario();
  }

  /** ∇L(θᵗ), indexed like `weights` and `biases`. */
  gradient(): { dW: number[][][]; db: number[][] } {
    return {
      dW: this.trainer.gW.map((g, l) => unflatten(g, this.scenario.layers[l] as number)),
      db: this.trainer.gb.map((g) => Array.from(g)),
    };
  }

  /** One step θᵗ⁺¹ = θᵗ − η∇L(θᵗ); false (and nothing changes) if it is not finite. */
  private stepOnce(): boolean {
    if (this.t >= this.limit) return false;
    const { W, b, gW, gb } = this.trainer;
    const eta = this.scenario.learningRate;
    for (let l = 0; l < W.length; l++) {
      const w = W[l] as Float64Array;
      const g = gW[l] as Float64Array;
      (this.backupW[l] as Float64Array).set(w);
      for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - eta * (g[i] as number);
      const v = b[l] as Float64Array;
      const h = gb[l] as Float64Array;
      (this.backupB[l] as Float64Array).set(v);
      for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - eta * (h[i] as number);
    }
    const loss = this.trainer.computeGradient();
    if (!finite(loss) || !this.settled()) {
      W.forEach((w, l) => w.set(this.backupW[l] as Float64Array));
      b.forEach((v, l) => v.set(this.backupB[l] as Float64Array));
      this.trainer.computeGradient();
      this.stopped = { step: this.t + 1 };
      return false;
    }
    this.t++;
    this.current = loss;
    this.record();
    return true;
  }

  /** True when θ, L and ∇L are all finite. */
  private settled(): boolean {
    const { W, b, gW, gb } = this.trainer;
    return finite(this.current) && allFinite(W) && allFinite(b) && allFinite(gW) && allFinite(gb);
  }

  private record(): void {
    this.losses.push(this.current);
    this.trainer.gW.forEach((g, l) => {
      let sum = 0;
      for (let i = 0; i < g.length; i++) sum += (g[i] as number) * (g[i] as number);
      this.norms[l]?.push(Math.sqrt(sum));
    });
    if (this.checkpoints.wants(this.t)) {
      this.flatten();
      this.checkpoints.record(this.t, this.flat);
    }
  }

  private rewind(goal: number): void {
    this.checkpoints.truncate(goal);
    const { iteration, theta } = this.checkpoints.latest(goal);
    let offset = 0;
    this.trainer.W.forEach((w, l) => {
      w.set(theta.subarray(offset, offset + w.length));
      offset += w.length;
      const v = this.trainer.b[l] as Float64Array;
      v.set(theta.subarray(offset, offset + v.length));
      offset += v.length;
    });
    this.t = iteration;
    this.current = this.trainer.computeGradient();
    this.losses.truncate(iteration + 1);
    for (const s of this.norms) s.truncate(iteration + 1);
  }

  /** Copies θᵗ into `flat` in {@link paramRefs} order. */
  private flatten(): void {
    let offset = 0;
    this.trainer.W.forEach((w, l) => {
      this.flat.set(w, offset);
      offset += w.length;
      const v = this.trainer.b[l] as Float64Array;
      this.flat.set(v, offset);
      offset += v.length;
    });
  }
}
