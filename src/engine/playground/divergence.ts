/**
 * Divergence caught early: a monitor fed every step's loss (and, from time to time, the
 * largest gain σ′ over the training set) that warns before the numbers overflow.
 *
 * - `rising`: the loss grew for k windows in a row, and by at least 10% over those k. A
 *   window is one pass over the training set (⌈count / batch⌉ steps; one step for
 *   full-batch descent), so that the noise of small batches does not count as growth; the
 *   growth is measured over the last k windows, not the whole streak, so that a slow creep
 *   (small batches at a fixed η wander up by a quarter over hundreds of passes, at a loss
 *   far below where they started) is not called diverging. The loss watched is what the
 *   steps descend: the cost plus the regularisation penalty, if any. A rise can be undone:
 *   deep tanh networks on noisy data at the default η bump up for a dozen passes and then
 *   fall far below (the spiral, 50% noise, 2-4-4-4-4-4-4-1, all seven features: 0.18 up to
 *   0.29, then 0.12). Once a window's mean is back below where the rise began,
 *   {@link DivergenceMonitor.riseUndone} says so, and the run withdraws the warning rather
 *   than keep calling a falling loss diverging.
 * - `exploding`: a step's loss went over a bound far above the loss where the current
 *   settings took effect (100 × that loss, and never below 1).
 * - `saturated`: the output saturates (its σ′ is below 10⁻³ on every training example)
 *   while the loss is not small (stuck on a wrong answer, as XOR at a huge η at loss 1, or
 *   the Playground's XOR at η = 30, at 0.53 with σ′ at most 1.3·10⁻⁴ and a gradient of
 *   5·10⁻⁷: a threshold of 10⁻⁶ let it sit there unsaid), or (σ′ below 10⁻⁶) with a loss
 *   so small (below 10⁻¹²) that only rounding can give it: σ never reaches its asymptotes,
 *   so a loss of exactly 0 with every σ′ = 0 (the lecture's network at η = 10⁶) is an
 *   overflowed step, not success. Either way the gradient has vanished. An output that
 *   is right gets there only with a small loss: with half-SSE, σ′ below 10⁻³ on every
 *   example is within 10⁻³ of its targets; trained networks stuck in a poor minimum keep
 *   σ′ near 1 (measured: 0.99–1.0 on the spiral and XOR with too few neurons).
 * - `dead`: every neuron of a hidden layer has gain 0 on every training example (ReLUs
 *   all off) while the loss is not small: no gradient gets past that layer, and the
 *   layers before it never move. Not a matter of η (no smaller η is searched for).
 * - `not-finite`: a step gave NaN or ±∞; the run stops there.
 * - `stalled`: the loss, not small, has not moved by 1% over the last 200 passes, and a
 *   smaller η, tried in a copy of the run from where the settings took effect for as many
 *   steps (at most 3,000), ended below half of it (the Playground's XOR at η = 10 sits at
 *   0.464 for good, where η = 3 reaches 0.0005). The monitor only reports the plateau
 *   ({@link DivergenceMonitor.takePlateau}); the worker's η search confirms it, so that a
 *   network stuck in a poor minimum, which no smaller η improves, is never called
 *   stalled by η.
 *
 * Warnings are data (a code and the numbers), never sentences: the page words them.
 */
export const DIVERGENCE_CODES = [
  'rising',
  'exploding',
  'saturated',
  'dead',
  'not-finite',
  'stalled',
] as const;
export type DivergenceCode = (typeof DIVERGENCE_CODES)[number];

export interface DivergenceWarning {
  readonly code: DivergenceCode;
  /** The iteration at which it was seen. */
  readonly iteration: number;
  /** The loss then. */
  readonly loss: number;
  /** The loss where the current settings took effect. */
  readonly startLoss: number;
  /** `stalled`: the lowest and highest pass's mean loss on the plateau. */
  readonly range?: readonly [number, number];
  /**
   * `rising`: windows in a row; `exploding`: the bound passed; `saturated`: the largest
   * σ′; `dead`: the layer (1 = first hidden); `stalled`: the passes the loss stayed flat.
   */
  readonly value: number;
}

export interface MonitorSettings {
  /** k: how many windows in a row the loss must grow. */
  readonly risingWindows: number;
  /** The smallest growth over the last k windows that counts, relative (0.1 = 10%). */
  readonly risingGrowth: number;
  /** The bound is this many times the start loss. */
  readonly explodeFactor: number;
  /** … and never below this. */
  readonly explodeFloor: number;
  /** σ′ below this on every example, with a loss that is not small, is stuck. */
  readonly saturatedGain: number;
  /** σ′ below this counts as zero (with a loss below roundingLoss: an overflowed step). */
  readonly roundingGain: number;
  /** A loss at or below this is small. */
  readonly smallLoss: number;
  /** A loss below this, with the output saturated, is rounding, not fitting. */
  readonly roundingLoss: number;
  /** A plateau: the mean loss of a window moved less than `plateauChange` … */
  readonly plateauChange: number;
  /** … relative to its mean this many windows before. */
  readonly plateauWindows: number;
}

/**
 * The loss flat and not small: a stall to confirm (see `stalled`). Flat is judged on the
 * mean over each stretch of `plateauWindows` passes, and the lowest and highest pass are
 * kept: at too large an η the loss can swing between two values step by step (the XOR at
 * η = 10 between 0.464 and 0.952), and one pass's loss would name only one of them.
 */
export interface Plateau {
  readonly iteration: number;
  /** The mean over the stretch. */
  readonly loss: number;
  readonly low: number;
  readonly high: number;
  /** Over how many windows it stayed flat. */
  readonly windows: number;
}

export const DEFAULT_MONITOR: MonitorSettings = {
  risingWindows: 10,
  risingGrowth: 0.1,
  explodeFactor: 100,
  explodeFloor: 1,
  saturatedGain: 1e-3,
  roundingGain: 1e-6,
  smallLoss: 1e-3,
  roundingLoss: 1e-12,
  plateauChange: 0.01,
  plateauWindows: 200,
};

/** Watches one stretch of a run (from where its settings took effect). */
export class DivergenceMonitor {
  readonly settings: MonitorSettings;
  private startLoss = NaN;
  private windowSize = 1;
  private windowSum = 0;
  private windowCount = 0;
  private previousMean = NaN;
  private streak = 0;
  /** The last k + 1 window means, oldest first. */
  private recent: number[] = [];
  /** The window mean before the first rise warned of (NaN: none since the last restart). */
  private riseBase = NaN;
  private undone = false;
  /** The stretch being summed (windows, their sum, lowest, highest) and the last one's mean. */
  private stretch = { windows: 0, sum: 0, low: Infinity, high: -Infinity };
  private checkpoint = NaN;
  private plateau: Plateau | null = null;

  constructor(settings: MonitorSettings = DEFAULT_MONITOR) {
    this.settings = settings;
  }

  /** Starts watching afresh; `window` is the number of steps in one pass over the data. */
  restart(window: number): void {
    this.startLoss = NaN;
    this.windowSize = Math.max(1, Math.floor(window));
    this.windowSum = 0;
    this.windowCount = 0;
    this.previousMean = NaN;
    this.streak = 0;
    this.recent = [];
    this.riseBase = NaN;
    this.undone = false;
    this.stretch = { windows: 0, sum: 0, low: Infinity, high: -Infinity };
    this.checkpoint = NaN;
    this.plateau = null;
  }

  /** The plateau seen since the last call (once), or null. */
  takePlateau(): Plateau | null {
    const seen = this.plateau;
    this.plateau = null;
    return seen;
  }

  /**
   * True once, after a rising warning, a window's mean fell below where that rise began;
   * reading it clears it, and the next rise is watched afresh.
   */
  riseUndone(): boolean {
    const undone = this.undone;
    this.undone = false;
    return undone;
  }

  /** The loss where watching started (NaN before the first step). */
  get start(): number {
    return this.startLoss;
  }

  /** The bound a loss must not pass. */
  get bound(): number {
    const { explodeFactor, explodeFloor } = this.settings;
    return Math.max(explodeFloor, explodeFactor * this.startLoss);
  }

  /** Feeds the loss of step `iteration` (at θ before its update); returns a warning or null. */
  observeLoss(iteration: number, loss: number): DivergenceWarning | null {
    if (!Number.isFinite(loss)) return this.warn('not-finite', iteration, loss, loss);
    if (Number.isNaN(this.startLoss)) this.startLoss = loss;
    if (loss > this.bound) return this.warn('exploding', iteration, loss, this.bound);
    this.windowSum += loss;
    if (++this.windowCount < this.windowSize) return null;
    const mean = this.windowSum / this.windowCount;
    this.windowSum = 0;
    this.windowCount = 0;
    const grew = mean > this.previousMean * (1 + 1e-12);
    this.streak = grew ? this.streak + 1 : 0;
    this.previousMean = mean;
    const { risingWindows, risingGrowth } = this.settings;
    this.recent.push(mean);
    if (this.recent.length > risingWindows + 1) this.recent.shift();
    // In a streak of k or more, the window k back is the first of the last k rises.
    this.watchPlateau(iteration, mean);
    const before = this.recent[0] ?? NaN;
    if (mean < this.riseBase) {
      this.riseBase = NaN;
      this.undone = true;
    }
    if (this.streak >= risingWindows && mean >= before * (1 + risingGrowth)) {
      if (Number.isNaN(this.riseBase)) this.riseBase = before;
      return this.warn('rising', iteration, mean, this.streak);
    }
    return null;
  }

  /**
   * Every `plateauWindows` windows: a stretch whose mean is within `plateauChange` of the
   * stretch before's is flat.
   */
  private watchPlateau(iteration: number, mean: number): void {
    const { plateauWindows, plateauChange, smallLoss } = this.settings;
    const s = this.stretch;
    s.sum += mean;
    s.low = Math.min(s.low, mean);
    s.high = Math.max(s.high, mean);
    if (++s.windows < plateauWindows) return;
    const average = s.sum / s.windows;
    const flat = Math.abs(average - this.checkpoint) <= plateauChange * this.checkpoint;
    if (flat && s.low > smallLoss)
      this.plateau = { iteration, loss: average, low: s.low, high: s.high, windows: s.windows };
    this.checkpoint = average;
    this.stretch = { windows: 0, sum: 0, low: Infinity, high: -Infinity };
  }

  /** Feeds the output's largest σ′ over the training set at `iteration`, with the loss there. */
  observeGain(iteration: number, maxOutputGain: number, loss: number): DivergenceWarning | null {
    const { saturatedGain, roundingGain, smallLoss, roundingLoss } = this.settings;
    const stuck = maxOutputGain < saturatedGain && !(loss <= smallLoss);
    const rounded = maxOutputGain < roundingGain && loss < roundingLoss;
    return stuck || rounded ? this.warn('saturated', iteration, loss, maxOutputGain) : null;
  }

  /** Feeds the first hidden layer without any gain at `iteration` (null: none), with the loss. */
  observeDeadLayer(
    iteration: number,
    layer: number | null,
    loss: number,
  ): DivergenceWarning | null {
    if (layer === null || loss <= this.settings.smallLoss) return null;
    return this.warn('dead', iteration, loss, layer);
  }

  private warn(
    code: DivergenceCode,
    iteration: number,
    loss: number,
    value: number,
  ): DivergenceWarning {
    return { code, iteration, loss, startLoss: this.startLoss, value };
  }
}
