import type { StoreApi } from 'zustand/vanilla';
import type { DivergenceWarning, EtaSuggestion, Hyperparameters } from '../../engine';
import type { Selectors } from '../../store/selectors';
import type { AppState } from '../../store/types';
import type {
  ConfigResult,
  MapRequest,
  PlaygroundConfig,
  PlaygroundFrame,
} from '../../workers/playgroundProtocol';
import {
  startPageTrainer,
  startTrainer,
  type Trainer,
  type TrainerApi,
  type TrainerKind,
} from './trainer';

/** What the controls show about the run; it changes a few times a run, not every frame. */
export interface DriverStatus {
  readonly trainer: TrainerKind;
  /** The last configuration's answer (null until the first one). */
  readonly result: ConfigResult | null;
  readonly playing: boolean;
  readonly stopped: boolean;
  /** The iteration a link's replay is heading for, or null when not replaying. */
  readonly replayingTo: number | null;
  readonly warning: DivergenceWarning | null;
  readonly searching: boolean;
  readonly suggestion: EtaSuggestion | null;
  /** The settings in force. */
  readonly hyper: Hyperparameters | null;
  /**
   * False from a change of data or network until the new run's first frame is drawn (the
   * maps still show the old run meanwhile).
   */
  readonly fresh: boolean;
}

/** Something that draws a frame (a canvas, a readout); called outside React's rendering. */
export type FrameSink = (frame: PlaygroundFrame) => void;

/** Map resolutions: the worker's, and smaller ones when training shares the page's thread. */
const MAPS: Readonly<Record<TrainerKind, { decision: number; neurons: number }>> = {
  worker: { decision: 100, neurons: 50 },
  page: { decision: 60, neurons: 30 },
};

/** A worker that has not answered its first message in this long is replaced by the page. */
const WORKER_START_MS = 15_000;

/**
 * While the run plays, its log and iteration go to the store (and so into the address and
 * storage) at most this often: a reload or a copied address mid-run keeps the run within
 * this much of where it was (it went back to where Play was pressed).
 */
export const PLAYING_SYNC_MS = 2_000;

/** The store fields that make a new run (data or network), compared one by one. */
const runKey = (s: AppState): readonly unknown[] => [
  s.trainingData.source,
  s.noise,
  s.split,
  s.dataSeed,
  s.ownPoints,
  s.features,
  s.hiddenLayers,
  s.dataActivation,
];
const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.every((v, i) => v === b[i]);

/**
 * Connects the Data mode to its trainer (the playground worker, or the page's thread where
 * no worker can start): configures it from the store whenever the data or the network
 * change (or a link brings another log or iteration), plays and pauses it with the store,
 * asks for one frame per animation frame while there is anything new, and hands each frame
 * to the sinks that draw it. When the run rests, its log and iteration go back to the store
 * (and so into the link), and every {@link PLAYING_SYNC_MS} while it plays. Created per
 * scene; `dispose` ends the trainer.
 */
export class PlaygroundDriver {
  private trainer: Trainer | null = null;
  private status: DriverStatus;
  private readonly listeners = new Set<() => void>();
  private readonly sinks = new Set<FrameSink>();
  private key: readonly unknown[] = [];
  private synced: { log: unknown; iteration: number } = { log: null, iteration: -1 };
  private generation = 0;
  /** Commands sent so far: a frame asked for before the latest one may be out of date. */
  private commands = 0;
  private inFlight = false;
  private dirty = true;
  private last: PlaygroundFrame | null = null;
  private recycle: ArrayBuffer[] = [];
  private raf = 0;
  private writing = false;
  private unsubscribe: () => void = () => undefined;
  private started = false;
  /** When the run was last written to the store while playing (the clock's time). */
  private syncedAt = -Infinity;

  constructor(
    private readonly store: StoreApi<AppState>,
    private readonly select: Selectors,
    private readonly makeTrainer: () => Trainer = startTrainer,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.status = {
      trainer: 'worker',
      result: null,
      playing: false,
      stopped: false,
      replayingTo: null,
      warning: null,
      searching: false,
      suggestion: null,
      hyper: null,
      fresh: false,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): DriverStatus => this.status;

  /** The last frame drawn (null before the first): for readouts that need θ. */
  get frame(): PlaygroundFrame | null {
    return this.last;
  }

  /** Draws every frame from now on (and the last one at once); returns the way to stop. */
  addSink(sink: FrameSink): () => void {
    this.sinks.add(sink);
    if (this.last !== null) this.dirty = true;
    return () => this.sinks.delete(sink);
  }

  /**
   * Starts a trainer, following the store and drawing. Nothing runs before this, and it
   * may be called again after {@link dispose} (a fresh trainer and run).
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.trainer = this.makeTrainer();
    this.generation++;
    this.inFlight = false;
    this.last = null;
    this.status = { ...this.status, trainer: this.trainer.kind, result: null };
    this.unsubscribe = this.store.subscribe((s, previous) => this.follow(s, previous));
    void this.configure(this.store.getState(), true);
    this.raf = requestAnimationFrame(this.loop);
  }

  dispose(): void {
    this.started = false;
    this.unsubscribe();
    cancelAnimationFrame(this.raf);
    this.trainer?.terminate();
    this.trainer = null;
    this.generation++;
  }

  /** The running trainer's API (null when not started). */
  private get api(): Trainer['api'] | null {
    return this.trainer?.api ?? null;
  }

  step(count = 1): void {
    this.store.getState().setPlaying(false);
    this.command((api) => api.step(count));
  }

  reset(): void {
    this.command((api) => api.reset());
  }

  applySuggestion(): void {
    this.command((api) => api.applySuggestion());
  }

  /** New settings from the current iteration on; training goes on from θᵗ. */
  setHyperparameters(hyper: Hyperparameters): void {
    if (this.status.result?.ok === true) {
      // Shown at once: the controls build the next change on these, and a frame asked for
      // before this one still carries the old settings (a second change made before it
      // arrived undid the first).
      this.setStatus({ hyper });
      this.command((api) => api.setHyperparameters(hyper));
      return;
    }
    // No run to change (the configuration was refused): the settings wait in the store.
    this.store.getState().syncDataRun([{ from: 0, hyper }], 0);
  }

  /**
   * Sets one weight or bias of θᵗ (its index in `parameterLayout` order) to a typed
   * value; the run records it and goes on from there. Nothing happens without a run.
   */
  editParameter(index: number, value: number): void {
    if (this.status.result?.ok === true) this.command((api) => api.editParameter(index, value));
  }

  /** Asks for a frame at the next animation frame (after a change the trainer cannot see). */
  redraw(): void {
    this.dirty = true;
  }

  private command(run: (api: TrainerApi) => Promise<unknown>): void {
    const api = this.api;
    if (api === null) return;
    this.commands++;
    void run(api).then(() => (this.dirty = true));
  }

  private follow(s: AppState, previous: AppState): void {
    if (this.writing || s.trainingData.mode !== 'data') return;
    const moved = s.dataLog !== this.synced.log || s.dataIteration !== this.synced.iteration;
    if (!sameKey(runKey(s), this.key) || moved) void this.configure(s, false);
    else if (s.playing !== previous.playing)
      this.command((api) => (s.playing ? api.play() : api.pause()));
    if (s.dataSpeed !== previous.dataSpeed) this.command((api) => api.setSpeed(s.dataSpeed));
    if (s.mapMode !== previous.mapMode) this.dirty = true;
  }

  private async configure(s: AppState, first: boolean): Promise<void> {
    const config: PlaygroundConfig = this.select.playground.config(s);
    this.key = runKey(s);
    this.synced = { log: s.dataLog, iteration: s.dataIteration };
    const generation = ++this.generation;
    this.commands++;
    this.setStatus({ fresh: false });
    const result = await this.answer(config, first);
    const trainer = this.trainer;
    if (generation !== this.generation || result === null || trainer === null) return;
    this.setStatus({ result, trainer: trainer.kind });
    // A trainer started anew (the page's, after a worker that never answered) learns the speed.
    await trainer.api.setSpeed(this.store.getState().dataSpeed);
    if (result.ok && this.store.getState().playing) await trainer.api.play();
    this.dirty = true;
  }

  /** The trainer's answer; a worker that never answers is replaced by the page's thread. */
  private async answer(config: PlaygroundConfig, first: boolean): Promise<ConfigResult | null> {
    const trainer = this.trainer;
    if (trainer === null) return null;
    if (!first || trainer.kind === 'page') return trainer.api.configure(config);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), WORKER_START_MS);
    });
    const result = await Promise.race([trainer.api.configure(config), late]);
    clearTimeout(timer);
    if (result !== null || this.trainer !== trainer) return result;
    trainer.terminate();
    const page = startPageTrainer();
    this.trainer = page;
    return page.api.configure(config);
  }

  private readonly loop = (): void => {
    this.raf = requestAnimationFrame(this.loop);
    const last = this.last;
    const busy = last !== null && (last.playing || last.replayTarget !== null || last.searching);
    const trainer = this.trainer;
    if (trainer === null || this.inFlight || this.status.result?.ok !== true) return;
    if (!(this.dirty || busy)) return;
    this.inFlight = true;
    this.dirty = false;
    const generation = this.generation;
    const commands = this.commands;
    const request: MapRequest = {
      ...MAPS[trainer.kind],
      delta: this.store.getState().mapMode === 'delta',
    };
    const recycle = this.recycle;
    this.recycle = [];
    trainer.api.frame(request, recycle).then(
      (frame) => {
        this.inFlight = false;
        if (frame === null || generation !== this.generation || !this.started) return;
        this.draw(frame, commands === this.commands);
      },
      () => (this.inFlight = false),
    );
  };

  private draw(frame: PlaygroundFrame, current: boolean): void {
    this.last = frame;
    for (const sink of this.sinks) sink(frame);
    this.recycle = [frame.decision?.values, frame.neurons?.values, frame.delta?.values]
      .map((a) => a?.buffer)
      .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    this.setStatus({
      playing: frame.playing,
      stopped: frame.stopped,
      replayingTo: frame.replayTarget,
      warning: frame.warning,
      searching: frame.searching,
      suggestion: frame.suggestion,
      // A frame from before the latest command has the settings from before it too.
      ...(current ? { hyper: frame.hyperparameters } : {}),
      fresh: true,
    });
    // A frame asked for before the latest command may not show its effect yet.
    if (!current) {
      this.dirty = true;
      return;
    }
    const state = this.store.getState();
    if (state.playing && !frame.playing && frame.replayTarget === null) state.setPlaying(false);
    if (frame.replayTarget !== null) return;
    if (frame.playing) {
      const at = this.now();
      if (at - this.syncedAt < PLAYING_SYNC_MS) return;
      this.syncedAt = at;
    }
    this.writing = true;
    state.syncDataRun(frame.log, frame.iteration);
    this.writing = false;
    const now = this.store.getState();
    this.synced = { log: now.dataLog, iteration: now.dataIteration };
  }

  private setStatus(change: Partial<DriverStatus>): void {
    const next = { ...this.status, ...change };
    const same = (Object.keys(change) as (keyof DriverStatus)[]).every((k) =>
      k === 'warning' || k === 'suggestion' || k === 'hyper' || k === 'result'
        ? JSON.stringify(next[k]) === JSON.stringify(this.status[k])
        : next[k] === this.status[k],
    );
    if (same) return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}
