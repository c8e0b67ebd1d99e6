import type { DivergenceCode, MonitorSettings } from './divergence';
import type { Hyperparameters } from './hyperparameters';
import { PlaygroundRun, type RunPosition } from './run';
import type { RunSetup } from './setup';

/** One η tried: what it did in its trial steps. */
export interface EtaTrial {
  readonly learningRate: number;
  /** The warning it raised, or null when it trained without one. */
  readonly code: DivergenceCode | null;
  readonly lossBefore: number;
  readonly lossAfter: number;
  readonly steps: number;
}

export interface EtaSuggestion {
  /**
   * An η tried that neither warned nor raised the loss (the largest power of ten that
   * did, or 3 times it if that did too and reached a lower loss); null if none did.
   */
  readonly learningRate: number | null;
  /** Where the trials started: apply the suggestion from there (`PlaygroundRun.restore`). */
  readonly from: RunPosition;
  readonly trials: readonly EtaTrial[];
}

/**
 * The powers of ten below `eta`, downwards to 10⁻⁵ (at most `limit`): the search's first
 * pass. Once one of them trains, 3 times it (between it and the one that failed) is tried
 * too, so the suggestion is within a factor of about 3 of the largest η that works.
 */
export function etaLadder(eta: number, limit = 12): number[] {
  const out: number[] = [];
  const top = Math.floor(Math.log10(Math.max(eta, 1e-300)));
  for (let p = top; p >= -5 && out.length < limit; p--) {
    const candidate = Number((10 ** p).toPrecision(1));
    if (candidate < eta * (1 - 1e-9)) out.push(candidate);
  }
  return out;
}

/**
 * Searches downwards for an η that does not diverge, in copies of the run started from
 * where the failing settings took effect (θ then, not θ now: a saturated θᵗ would make
 * every η look stuck). Each candidate trains `trialSteps` steps with its own monitor;
 * the first without a warning whose loss did not rise is the suggestion. The work is
 * bounded (candidates × trial steps) and sliced: call {@link advance} until it returns
 * true.
 */
export class EtaSearch {
  private readonly candidates: number[];
  private readonly trials: EtaTrial[] = [];
  private trial: PlaygroundRun | null = null;
  private lossBefore = NaN;
  private found: number | null = null;
  private index = 0;
  /** The decade that trained, while 3 × it is being tried. */
  private refining: number | null = null;

  constructor(
    private readonly setup: RunSetup,
    private readonly from: RunPosition,
    private readonly theta: Float64Array,
    private readonly hyper: Hyperparameters,
    private readonly trialSteps = 100,
    private readonly settings?: MonitorSettings,
  ) {
    this.candidates = etaLadder(hyper.learningRate);
  }

  /** Does up to `budget` sample-steps of trials; true when the search is over. */
  advance(budget = Infinity): boolean {
    let left = budget;
    while (!this.done) {
      if (this.trial === null) this.trial = this.startTrial();
      const run = this.trial;
      const before = run.iteration;
      const end = this.from.iteration + this.trialSteps;
      run.advance(end, left, true);
      left -= (run.iteration - before) * run.trainer.batchOf(run.hyperparameters.batchSize);
      if (run.iteration < end && !run.stopped && run.warning === null) {
        if (left <= 0) return false;
        continue;
      }
      this.finishTrial(run);
      if (left <= 0) return this.done;
    }
    return true;
  }

  get done(): boolean {
    return this.found !== null || this.index >= this.candidates.length;
  }

  private get current(): number {
    return this.refining !== null ? 3 * this.refining : (this.candidates[this.index] as number);
  }

  get result(): EtaSuggestion {
    return { learningRate: this.found, from: this.from, trials: this.trials.slice() };
  }

  private startTrial(): PlaygroundRun {
    const eta = this.current;
    const run = new PlaygroundRun(
      { ...this.setup, theta0: this.theta },
      [{ from: 0, hyper: { ...this.hyper, learningRate: eta } }],
      this.settings,
    );
    // The copy starts at the real run's iteration and cursor, so it sees the same batches.
    run.restore({ iteration: this.from.iteration, cursor: this.from.cursor }, this.theta);
    this.lossBefore = run.inspect().loss;
    return run;
  }

  private finishTrial(run: PlaygroundRun): void {
    const after = run.inspect().loss;
    const code = run.warning?.code ?? null;
    const steps = run.iteration - this.from.iteration;
    const eta = this.current;
    this.trials.push({
      learningRate: eta,
      code,
      lossBefore: this.lossBefore,
      lossAfter: after,
      steps,
    });
    const trained = code === null && after <= this.lossBefore;
    this.trial = null;
    if (this.refining !== null) {
      // Of the two that trained, the one that got further.
      const decade = this.trials.at(-2);
      this.found =
        trained && decade !== undefined && after < decade.lossAfter ? eta : this.refining;
      return;
    }
    // A decade trained after the one above failed: try 3 × it if that is below the η that failed.
    if (trained && 3 * eta < this.hyper.learningRate) {
      this.refining = eta;
      return;
    }
    if (trained) this.found = eta;
    else this.index++;
  }
}
