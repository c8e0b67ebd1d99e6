import {
  DivergenceMonitor,
  type DivergenceWarning,
  type MonitorSettings,
  type Plateau,
} from './divergence';
import { DEFAULT_HYPERPARAMETERS, type Hyperparameters } from './hyperparameters';
import { deltaOverExamples, type DeltaPass } from './maps';
import type { RunSetup } from './setup';
import { BatchTrainer } from './trainer';

/** One parameter of θ set by hand: θ[index] = value (index in `parameterLayout` order). */
export interface ParameterEdit {
  readonly index: number;
  readonly value: number;
}

/**
 * "From iteration `from` on, train with `hyper`", and, when `edits` is given, set those
 * parameters of θ at that iteration first (as a user typing a weight does; on the first
 * entry they change θ⁰). The first entry is from 0.
 */
export interface LogEntry {
  readonly from: number;
  readonly hyper: Hyperparameters;
  readonly edits?: readonly ParameterEdit[];
}

/** Where a run is: θᵗ is in its trainer; the next batch starts at example `cursor`. */
export interface RunPosition {
  readonly iteration: number;
  readonly cursor: number;
}

/**
 * A training run that can be replayed exactly: θ⁰, the log of hyperparameter changes
 * and hand-set parameters, and the iteration t determine θᵗ. Iteration i → i + 1 is one update on the batch at the
 * cursor, with the settings of the last log entry from ≤ i. Changing a setting records it
 * from the current t on and goes on from θᵗ; a link carrying (setup, log, t) replays the
 * same θᵗ, bit for bit, on the same JavaScript engine.
 *
 * A long replay is sliced: {@link advance} takes a work budget, so the worker can call it
 * repeatedly and never block for more than a few milliseconds.
 */
export class PlaygroundRun {
  readonly setup: RunSetup;
  readonly trainer: BatchTrainer;
  private entries: LogEntry[];
  private t = 0;
  private cursor = 0;
  /** Index in the log of the settings in force. */
  private segment = 0;
  private readonly monitor: DivergenceMonitor;
  private readonly segmentTheta: Float64Array;
  private segmentStart: RunPosition = { iteration: 0, cursor: 0 };
  private alert: DivergenceWarning | null = null;
  private flat: Plateau | null = null;
  private halted = false;
  private readonly backup: Float64Array;

  constructor(setup: RunSetup, log: readonly LogEntry[], settings?: MonitorSettings) {
    this.setup = setup;
    this.trainer = new BatchTrainer(setup.shape, setup.objective, setup.train, setup.theta0);
    this.entries = normaliseLog(log);
    this.monitor = new DivergenceMonitor(settings);
    this.segmentTheta = Float64Array.from(setup.theta0);
    this.backup = new Float64Array(setup.theta0.length);
    this.applyEdits(this.entries[0]);
    this.beginSegment(0);
  }

  get iteration(): number {
    return this.t;
  }

  /** θᵗ (a live view: copy it to keep it). */
  get theta(): Float64Array {
    return this.trainer.theta;
  }

  get position(): RunPosition {
    return { iteration: this.t, cursor: this.cursor };
  }

  /**
   * Passes through the training set so far: every segment of the log counts its own batch
   * size (iteration × today's batch would jump back when the batch shrinks mid-run).
   */
  get epoch(): number {
    let examples = 0;
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i] as LogEntry;
      if (entry.from >= this.t) break;
      const end = Math.min(this.t, this.entries[i + 1]?.from ?? Infinity);
      examples += (end - entry.from) * this.trainer.batchOf(entry.hyper.batchSize);
    }
    return examples / this.setup.train.count;
  }

  /** The log, first entry from 0, sorted, one entry per iteration. */
  get log(): readonly LogEntry[] {
    return this.entries;
  }

  /** The settings in force at the current iteration. */
  get hyperparameters(): Hyperparameters {
    return (this.entries[this.segment] as LogEntry).hyper;
  }

  /**
   * The first warning since the settings last changed, or null (a rising loss that has
   * fallen back below where it began is withdrawn).
   */
  get warning(): DivergenceWarning | null {
    return this.alert;
  }

  /**
   * The first plateau of the loss since the settings last changed (the loss flat, not
   * small), while no warning was raised: a stall for the worker's η search to confirm.
   */
  get plateau(): Plateau | null {
    return this.flat;
  }

  /** Raises the stall the η search confirmed (a smaller η went far lower). */
  confirmStall(plateau: Plateau): void {
    if (this.alert !== null) return;
    this.alert = {
      code: 'stalled',
      iteration: plateau.iteration,
      loss: plateau.loss,
      startLoss: this.monitor.start,
      value: plateau.windows,
      range: [plateau.low, plateau.high],
    };
  }

  /** True once a step gave NaN or ±∞: the run cannot go on (change a setting, or reset). */
  get stopped(): boolean {
    return this.halted;
  }

  /** Where the settings in force took effect, and θ there (for the η search). */
  get segmentOrigin(): { position: RunPosition; theta: Float64Array } {
    return { position: this.segmentStart, theta: this.segmentTheta };
  }

  /**
   * Records new settings from the current iteration on (dropping any later entries of
   * the log) and goes on from θᵗ.
   */
  setHyperparameters(hyper: Hyperparameters): void {
    this.recordHere({ hyper });
  }

  /**
   * Sets θ[index] to `value` now (a weight or bias typed by hand), records it in the log
   * at the current iteration and goes on from there; later entries are dropped. False,
   * and nothing changes, for an index outside θ or a value that is not finite.
   */
  editParameter(index: number, value: number): boolean {
    if (!Number.isInteger(index) || index < 0 || index >= this.trainer.theta.length) return false;
    if (!Number.isFinite(value)) return false;
    const here = this.entries.find((e) => e.from === this.t)?.edits ?? [];
    const edits = [...here.filter((e) => e.index !== index), { index, value }];
    this.trainer.theta[index] = value;
    this.recordHere({ hyper: this.hyperparameters, edits });
    return true;
  }

  /**
   * Makes `change` the log's entry at the current iteration (keeping the edits made here
   * unless it brings its own), drops later ones, and starts a segment from θᵗ.
   */
  private recordHere(change: { hyper: Hyperparameters; edits?: readonly ParameterEdit[] }): void {
    const edits = change.edits ?? this.entries.find((e) => e.from === this.t)?.edits;
    const kept = this.entries.filter((e) => e.from < this.t);
    const entry: LogEntry =
      edits === undefined || edits.length === 0
        ? { from: this.t, hyper: change.hyper }
        : { from: this.t, hyper: change.hyper, edits };
    this.entries = [...kept, entry];
    this.halted = false;
    this.beginSegment(this.entries.length - 1);
  }

  /**
   * Back to θ⁰ and t = 0, keeping the settings in force (as the log's only entry) and the
   * parameters set by hand at t = 0 (a start the user chose); later ones are dropped with
   * the rest of the log.
   */
  reset(): void {
    const atStart = this.entries[0]?.edits;
    const hyper = this.hyperparameters;
    this.entries = [
      atStart === undefined ? { from: 0, hyper } : { from: 0, hyper, edits: atStart },
    ];
    this.trainer.theta.set(this.setup.theta0);
    this.applyEdits(this.entries[0]);
    this.t = 0;
    this.cursor = 0;
    this.halted = false;
    this.beginSegment(0);
  }

  /**
   * Moves θ and t to `position` (a state this run's log passes through, such as
   * {@link segmentOrigin}), with `theta` there; later log entries are dropped.
   */
  restore(position: RunPosition, theta: Float64Array): void {
    this.entries = this.entries.filter((e) => e.from <= position.iteration);
    this.trainer.theta.set(theta);
    this.t = position.iteration;
    this.cursor = position.cursor;
    this.halted = false;
    this.beginSegment(this.entries.length - 1);
  }

  /**
   * Steps towards iteration `target` (forwards only: rewind with {@link reset} first),
   * following the log, for at most `budget` sample-steps (at least one step). Returns
   * the number of steps taken; fewer than asked when the budget ran out, a step was not
   * finite, or (with `untilWarning`) a warning was raised.
   */
  advance(target: number, budget = Infinity, untilWarning = false): number {
    let taken = 0;
    let spent = 0;
    for (;;) {
      // Entries due are entered even when the target is reached: a replay that stops at
      // an entry's iteration shows its settings and its hand-set parameters.
      this.enterDueSegments();
      if (this.t >= target || this.halted || (untilWarning && this.alert !== null)) break;
      const hyper = this.hyperparameters;
      const B = this.trainer.batchOf(hyper.batchSize);
      if (taken > 0 && spent + B > budget) break;
      if (!this.stepOnce(hyper, B)) break;
      taken++;
      spent += B;
    }
    return taken;
  }

  /**
   * δ of every neuron on every training example at θᵗ, the largest gain and the
   * training loss; also checks for saturation (it may set {@link warning}).
   */
  inspect(out?: Float32Array): DeltaPass {
    const pass = deltaOverExamples(this.trainer, out);
    const seen =
      this.monitor.observeGain(this.t, pass.maxOutputGain, pass.loss) ??
      this.monitor.observeDeadLayer(this.t, pass.deadLayer, pass.loss);
    if (seen !== null && this.alert === null) this.alert = seen;
    return pass;
  }

  private stepOnce(hyper: Hyperparameters, B: number): boolean {
    const theta = this.trainer.theta;
    this.backup.set(theta);
    const loss = this.trainer.step(this.cursor, hyper);
    let sum = 0;
    for (let i = 0; i < theta.length; i++) sum += (theta[i] as number) * 0;
    // The monitor watches what the steps descend: the cost and, with regularisation, its
    // penalty at the same θ. Under L2 the cost alone rises for good as the penalty pulls
    // the weights in, which is not divergence (it was reported as such).
    const objective = loss + this.trainer.penaltyOf(this.backup, hyper);
    const seen = this.monitor.observeLoss(this.t, Number.isFinite(sum) ? objective : NaN);
    if (seen !== null && this.alert === null) this.alert = seen;
    // A rise the loss has since fallen back from was not divergence: the warning goes.
    if (this.monitor.riseUndone() && this.alert?.code === 'rising') this.alert = null;
    const plateau = this.monitor.takePlateau();
    if (plateau !== null && this.flat === null && this.alert === null) this.flat = plateau;
    if (seen?.code === 'not-finite') {
      theta.set(this.backup);
      this.halted = true;
      return false;
    }
    this.t++;
    this.cursor = (this.cursor + B) % this.setup.train.count;
    return true;
  }

  private enterDueSegments(): void {
    for (;;) {
      const next = this.entries[this.segment + 1];
      if (next === undefined || next.from > this.t) return;
      this.applyEdits(next);
      this.beginSegment(this.segment + 1);
    }
  }

  /** Sets the parameters an entry sets by hand (before its segment's first step). */
  private applyEdits(entry: LogEntry | undefined): void {
    for (const { index, value } of entry?.edits ?? []) {
      if (index >= 0 && index < this.trainer.theta.length) this.trainer.theta[index] = value;
    }
  }

  /** Starts the segment of log entry `index` from θᵗ (its edits, if any, already made). */
  private beginSegment(index: number): void {
    this.segment = index;
    this.segmentTheta.set(this.trainer.theta);
    this.segmentStart = { iteration: this.t, cursor: this.cursor };
    this.alert = null;
    this.flat = null;
    const B = this.trainer.batchOf(this.hyperparameters.batchSize);
    this.monitor.restart(Math.ceil(this.setup.train.count / B));
  }
}

/**
 * Sorted by `from`, the first entry moved to 0, one entry per iteration (the last wins);
 * an empty log is plain gradient descent with the default settings.
 */
export function normaliseLog(log: readonly LogEntry[]): LogEntry[] {
  const sorted = [...log]
    .filter((e) => Number.isFinite(e.from))
    .map((e) => ({ ...e, from: Math.max(0, Math.floor(e.from)) }))
    .sort((a, b) => a.from - b.from);
  const out: LogEntry[] = [];
  for (const e of sorted) {
    if (out.at(-1)?.from === e.from) out.pop();
    out.push(e);
  }
  const first = out[0];
  out[0] =
    first === undefined ? { from: 0, hyper: DEFAULT_HYPERPARAMETERS } : { ...first, from: 0 };
  return out;
}
