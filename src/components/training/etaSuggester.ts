import {
  examplesEtaSearch,
  type EtaSearch,
  type EtaTrial,
  type NetworkScenario,
  type TrainingRun,
} from '../../engine';

/** What the scene can say about a better η once training diverges or warns. */
export interface Suggestion {
  /** True while smaller η are being tried. */
  readonly searching: boolean;
  /** An η that was tried and trained, or null (none did, or still searching). */
  readonly eta: number | null;
  /** The iteration the trials started from: where the failing η took effect. */
  readonly from: number;
  /** The trial of the suggested η: its steps and its loss before and after. */
  readonly trial: EtaTrial | null;
}

/** Sample-steps of trials per slice: a few milliseconds for the scene's networks. */
const SLICE_BUDGET = 20_000;

/**
 * Runs the data playground's η search for the gradient-descent scene's run, in slices on
 * timers, whenever the run warns or diverges: one search per (network, log stretch, η),
 * restarted when those change. `onChange` is called when a result arrives.
 */
export class EtaSuggester {
  private key: { network: NetworkScenario; from: number; eta: number } | null = null;
  private search: EtaSearch | null = null;
  private current: Suggestion | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: () => void) {}

  get suggestion(): Suggestion | null {
    return this.current;
  }

  /** Starts a search for the run's current stretch if it is failing and none is under way. */
  follow(run: TrainingRun): void {
    const origin = run.segmentOrigin;
    const failing = run.warning !== null || run.divergence !== null;
    if (!failing || origin === null) {
      this.stop();
      return;
    }
    const key = { network: run.scenario, from: origin.iteration, eta: run.eta };
    const k = this.key;
    if (k !== null && k.network === key.network && k.from === key.from && k.eta === key.eta) return;
    this.stop();
    this.key = key;
    this.search = examplesEtaSearch(run.scenario, origin.iteration, origin.theta, run.eta);
    this.current = { searching: true, eta: null, from: origin.iteration, trial: null };
    this.timer = setTimeout(() => this.work(), 0);
  }

  /** Stops searching and forgets the result (the run no longer fails, or goes away). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.key = null;
    this.search = null;
    this.current = null;
  }

  private work(): void {
    const search = this.search;
    if (search === null) return;
    if (!search.advance(SLICE_BUDGET)) {
      this.timer = setTimeout(() => this.work(), 0);
      return;
    }
    const { learningRate, from, trials } = search.result;
    this.current = {
      searching: false,
      eta: learningRate,
      from: from.iteration,
      trial: trials.find((t) => t.learningRate === learningRate) ?? null,
    };
    this.search = null;
    this.onChange();
  }
}
