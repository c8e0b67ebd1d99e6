import { TrainingRun, type Divergence, type NetworkScenario } from '../../engine';

/** Everything the scene draws about θᵗ, frozen at one moment of the run. */
export interface RunView {
  /** θ⁰: the network the run starts from. */
  readonly network: NetworkScenario;
  readonly iteration: number;
  /** L(θᵗ). */
  readonly loss: number;
  /** θᵗ as a scenario. */
  readonly theta: NetworkScenario;
  /** ∇L(θᵗ). */
  readonly gradient: { readonly dW: number[][][]; readonly db: number[][] };
  /** L(θⁱ), i = 0 … t. */
  readonly losses: Float64Array;
  /** Per weight layer, ‖∂L/∂W_l‖ at θⁱ, i = 0 … t. */
  readonly norms: readonly Float64Array[];
  readonly divergence: Divergence | null;
  /** The iteration the run cannot pass (Infinity until a divergence is found). */
  readonly limit: number;
  /** A parameter's values along the run (thinned after a few hundred iterations). */
  readonly path: (index: number) => { iterations: number[]; values: number[] };
  /** The iteration asked for; while the run is still replaying towards it, `pending`. */
  readonly target: number;
  readonly pending: boolean;
}

/** Replaying towards a far iteration works in slices of this many milliseconds. */
const SLICE_MS = 30;

/**
 * The training scene's cache: one {@link TrainingRun} kept between renders, moved to
 * whatever (network, iteration) the store asks for — forwards by stepping, backwards from a
 * checkpoint — and published as an immutable {@link RunView} for useSyncExternalStore.
 * A far iteration (a link to step 1 000 000 of a deep network) is replayed in slices
 * between frames, so the page never freezes; the view says how far it has got.
 * Created per scene instance (never at module level), so nothing is shared.
 */
export class RunStore {
  private run: TrainingRun;
  private view: RunView;
  private target: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(network: NetworkScenario, iteration: number) {
    this.run = new TrainingRun(network);
    this.target = iteration;
    // The first slice only; the scene's effect calls sync(), which carries on.
    this.slice();
    this.view = this.freeze();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RunView => this.view;

  /**
   * Brings the run to θ at `iteration` of `network` (or the last finite θ before it): at
   * once when that takes less than a slice, else slice by slice on timers.
   */
  sync(network: NetworkScenario, iteration: number): void {
    if (network !== this.run.scenario) this.run = new TrainingRun(network);
    else if (this.target === iteration && !this.view.pending && this.view.iteration === this.goal())
      return;
    this.target = iteration;
    this.work();
  }

  /** Stops replaying in the background (the scene is going away). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private goal(): number {
    return Math.min(this.target, this.run.limit);
  }

  /** Steps towards the target for one slice; true when it is reached. */
  private slice(): boolean {
    const deadline = performance.now() + SLICE_MS;
    if (this.goal() < this.run.iteration) this.run.goTo(this.goal());
    while (this.run.iteration < this.goal() && performance.now() < deadline)
      if (this.run.advance(Math.min(256, this.goal() - this.run.iteration)) === 0) break;
    return this.run.iteration >= this.goal();
  }

  private work(): void {
    this.cancel();
    if (!this.slice()) this.timer = setTimeout(() => this.work(), 0);
    this.publish();
  }

  /**
   * Takes up to `count` steps, stopping early at a divergence or when `deadline`
   * (a performance.now() time) passes; the view is published once, at the end.
   */
  advance(count: number, deadline: number, now: () => number): number {
    this.cancel();
    let done = 0;
    while (done < count) {
      const taken = this.run.advance(Math.min(64, count - done));
      done += taken;
      if (taken === 0 || now() > deadline) break;
    }
    this.target = this.run.iteration;
    if (done > 0 || this.run.divergence !== this.view.divergence) this.publish();
    return done;
  }

  private publish(): void {
    this.view = this.freeze();
    for (const listener of this.listeners) listener();
  }

  private freeze(): RunView {
    const run = this.run;
    const iteration = run.iteration;
    const target = this.target;
    return {
      target,
      pending: iteration < Math.min(target, run.limit),
      network: run.scenario,
      iteration,
      loss: run.loss,
      theta: run.theta(),
      gradient: run.gradient(),
      losses: run.lossHistory(),
      norms: run.scenario.weights.map((_, l) => run.normHistory(l)),
      divergence: run.divergence,
      limit: run.limit,
      path: (index) => {
        // Only meaningful while the run is still at this view's iteration.
        const path = run.parameterPath(index);
        const end = path.iterations.findIndex((i) => i > iteration);
        return end === -1
          ? path
          : { iterations: path.iterations.slice(0, end), values: path.values.slice(0, end) };
      },
    };
  }
}
