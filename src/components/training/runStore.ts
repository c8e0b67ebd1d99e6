import {
  TrainingRun,
  type Divergence,
  type DivergenceWarning,
  type EtaChange,
  type NetworkScenario,
} from '../../engine';
import { EtaSuggester, type Suggestion } from './etaSuggester';
import { FrozenSeries } from './frozenSeries';

/** A parameter's values along the run, at the iterations kept (thinned after a few hundred). */
export interface ParameterPath {
  readonly iterations: readonly number[];
  readonly values: readonly number[];
}

/**
 * Everything the scene draws about θᵗ, taken at one moment of the run. It never changes
 * afterwards: θᵗ and ∇L are copies, the histories are snapshots that later steps do not
 * write (see FrozenSeries), the paths are computed when the view is taken.
 */
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
  readonly losses: ArrayLike<number>;
  /** Per weight layer, ‖∂L/∂W_l‖ at θⁱ, i = 0 … t. */
  readonly norms: readonly ArrayLike<number>[];
  readonly divergence: Divergence | null;
  /** A warning that training is diverging, raised before anything overflows. */
  readonly warning: DivergenceWarning | null;
  /** η of the step from θᵗ, and the log of changes the run follows. */
  readonly eta: number;
  readonly etaLog: readonly EtaChange[];
  /** A better η, once the run warns or diverges (searched in the background). */
  readonly suggestion: Suggestion | null;
  /** The iteration the run cannot pass (MAX_ITERATIONS, or the last finite one after a divergence). */
  readonly limit: number;
  /**
   * The paths of the parameters asked for with {@link RunStore.watch}, by their
   * {@link paramRefs} index, from θ⁰ to θᵗ.
   */
  readonly paths: ReadonlyMap<number, ParameterPath>;
  /** The iteration asked for; while the run is still replaying towards it, `pending`. */
  readonly target: number;
  readonly pending: boolean;
}

/** The log of a run whose η never changes. */
const NO_CHANGES: readonly EtaChange[] = [];

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
  /** The run's histories, copied so that published views never change (see freeze()). */
  private losses = new FrozenSeries();
  private norms: FrozenSeries[] = [];
  /** Iterations of the histories still as copied: the run has not gone back before them. */
  private unchanged = 0;
  private watched: readonly number[] = [];
  private readonly suggester = new EtaSuggester(() => this.publish());

  constructor(network: NetworkScenario, iteration: number, log: readonly EtaChange[] = NO_CHANGES) {
    this.run = this.start(network, log);
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
  sync(network: NetworkScenario, iteration: number, log: readonly EtaChange[] = NO_CHANGES): void {
    if (network !== this.run.scenario) this.run = this.start(network, log);
    else if (log !== this.run.etaLog) {
      // The log changed from some step on: the run goes back there if it is past it.
      this.run.setLog(log);
      this.unchanged = Math.min(this.unchanged, this.run.iteration + 1);
    } else if (
      this.target === iteration &&
      !this.view.pending &&
      this.view.iteration === this.goal()
    )
      return;
    this.target = iteration;
    this.work();
  }

  /**
   * Which parameters' paths the views carry (by {@link paramRefs} index): the ones a chart
   * draws. A new choice publishes a new view at once.
   */
  readonly watch = (indices: readonly number[]): void => {
    const next = [...new Set(indices)].sort((a, b) => a - b);
    if (next.length === this.watched.length && next.every((v, i) => v === this.watched[i])) return;
    this.watched = next;
    this.publish();
  };

  /** Stops replaying in the background (the scene is going away). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stops everything in the background, the η search too (the scene is closing). */
  dispose(): void {
    this.cancel();
    this.suggester.stop();
  }

  /** A fresh run of `network`, with fresh copies of its histories. */
  private start(network: NetworkScenario, log: readonly EtaChange[]): TrainingRun {
    this.losses = new FrozenSeries();
    this.norms = network.weights.map(() => new FrozenSeries());
    this.unchanged = 0;
    return new TrainingRun(network, 512, log);
  }

  private goal(): number {
    return Math.min(this.target, this.run.limit);
  }

  /** Steps towards the target for one slice; true when it is reached. */
  private slice(): boolean {
    const deadline = performance.now() + SLICE_MS;
    if (this.goal() < this.run.iteration) {
      // Going back rewrites the histories after the goal.
      this.unchanged = Math.min(this.unchanged, this.goal() + 1);
      this.run.goTo(this.goal());
    }
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

  /** The run as it is now, in copies and snapshots that its later steps cannot change. */
  private freeze(): RunView {
    const run = this.run;
    const iteration = run.iteration;
    const target = this.target;
    this.losses.follow(run.lossHistory(), this.unchanged);
    this.norms.forEach((series, l) => series.follow(run.normHistory(l), this.unchanged));
    this.unchanged = iteration + 1;
    run.inspect();
    this.suggester.follow(run);
    const paths = new Map<number, ParameterPath>();
    for (const index of this.watched) {
      const { iterations, values } = run.parameterPath(index);
      paths.set(
        index,
        Object.freeze({ iterations: Object.freeze(iterations), values: Object.freeze(values) }),
      );
    }
    return Object.freeze({
      target,
      pending: iteration < Math.min(target, run.limit),
      network: run.scenario,
      iteration,
      loss: run.loss,
      theta: run.theta(),
      gradient: run.gradient(),
      losses: this.losses.snapshot(),
      norms: this.norms.map((series) => series.snapshot()),
      divergence: run.divergence,
      warning: run.warning,
      eta: run.eta,
      etaLog: run.etaLog,
      suggestion: this.suggester.suggestion,
      limit: run.limit,
      paths,
    });
  }
}
