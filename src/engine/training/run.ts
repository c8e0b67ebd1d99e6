import { MAX_ITERATIONS } from '../limits';
import { Trainer, unflatten } from '../network/trainer';
import type { NetworkScenario } from '../network/types';
import type { DivergenceWarning } from '../playground/divergence';
import { etaAt, firstDifference, segmentStart, type EtaChange } from './etaLog';
import { Checkpoints, Series } from './history';
import { OutputGainProbe, RunWatch } from './watch';

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
 *
 * η follows a log of changes (etaLog.ts; empty: the scenario's η throughout), and a
 * watch over the stretch since η last changed warns of divergence before anything
 * overflows (watch.ts); θ where that stretch began is kept, for the η search.
 */
export class TrainingRun {
  readonly scenario: NetworkScenario;
  private log: readonly EtaChange[];
  private readonly watch = new RunWatch();
  private readonly probe: OutputGainProbe;
  /** θ at the start of each stretch of the log that the run has passed. */
  private readonly origins = new Map<number, Float64Array>();
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

  constructor(scenario: NetworkScenario, checkpointCapacity = 512, log: readonly EtaChange[] = []) {
    this.scenario = scenario;
    this.log = log;
    this.trainer = new Trainer(scenario);
    this.probe = new OutputGainProbe(scenario);
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
    this.flatten();
    this.origins.set(0, this.flat.slice());
    this.record();
  }

  /** The learning rate's log this run follows. */
  get etaLog(): readonly EtaChange[] {
    return this.log;
  }

  /** η of the next step, θᵗ → θᵗ⁺¹. */
  get eta(): number {
    return etaAt(this.scenario.learningRate, this.log, this.t);
  }

  /**
   * Follows another log from now on. Iterations up to the first step the two logs take
   * differently stay as they are (θ, histories, checkpoints); if the run is past it, it
   * goes back there, so θᵗ of the new log is then reached by stepping on. A divergence
   * found after that point is forgotten (the new η may not diverge).
   */
  setLog(log: readonly EtaChange[]): void {
    const d = firstDifference(this.scenario.learningRate, this.log, log);
    this.log = log;
    if (d === Infinity) return;
    for (const from of [...this.origins.keys()]) if (from > d) this.origins.delete(from);
    if (this.stopped !== null && this.stopped.step > d) this.stopped = null;
    if (this.t > d) this.goTo(d);
    this.keepOrigin();
    this.watch.rebuild(this.losses.view(), segmentStart(this.log, this.t), this.t);
  }

  /** The first divergence warning since η last changed (at or before t), or null. */
  get warning(): DivergenceWarning | null {
    return this.watch.warning;
  }

  /**
   * Looks at the output's gains at θᵗ (a forward pass over the examples), for the
   * `saturated` warning; call it when θᵗ is shown rather than at every step.
   */
  inspect(): void {
    this.flatten();
    this.watch.observeGain(this.t, this.probe.maxGain(this.flat), this.current);
  }

  /** Where the η in force took effect, and θ there (in paramRefs order), for the η search. */
  get segmentOrigin(): { iteration: number; theta: Float64Array } | null {
    const iteration = segmentStart(this.log, this.t);
    const theta = this.origins.get(iteration);
    return theta === undefined ? null : { iteration, theta };
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
    const eta = this.eta;
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

  /** Keeps θᵗ when a stretch of the log starts at t. */
  private keepOrigin(): void {
    if (this.t === 0 || !this.log.some((c) => c.from === this.t)) return;
    this.flatten();
    this.origins.set(this.t, this.flat.slice());
  }

  private record(): void {
    this.losses.push(this.current);
    if (this.t > 0 && segmentStart(this.log, this.t) === this.t) {
      this.keepOrigin();
      this.watch.restart();
    }
    this.watch.observe(this.t, this.current);
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
    this.keepOrigin();
    this.watch.rebuild(this.losses.view(), segmentStart(this.log, iteration), iteration);
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
