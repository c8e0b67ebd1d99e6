import {
  compileNetwork,
  EtaSearch,
  generateDataset,
  mappedNeurons,
  orderedFeatures,
  playgroundSetup,
  PlaygroundRun,
  SetEvaluator,
  toTrainingSet,
  type CompiledNetwork,
  type DataPoint,
  type EtaSuggestion,
  type Hyperparameters,
  type Plateau,
} from '../engine/playground';
import { BufferPool } from './bufferPool';
import { FrameMaps } from './frameMaps';
import type {
  ConfigResult,
  MapRequest,
  PlaygroundApi,
  PlaygroundConfig,
  PlaygroundFrame,
} from './playgroundProtocol';
import { configProblems, hyperparametersOk, parameterValueOk } from './validateConfig';

/** How the session gets time and yields to incoming messages (injected, for tests). */
export interface Scheduler {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs `task` soon, after any message already waiting. */
  defer(task: () => void): void;
  /** Runs `task` once `ms` milliseconds have passed (a paced run waiting for its next step). */
  later(task: () => void, ms: number): void;
}

/** Work is done in slices of about this many milliseconds, then the worker listens again. */
export const SLICE_MS = 4;
/** Sample-steps between two looks at the clock (well under a millisecond of work). */
const CHUNK = 1024;
/** The most work one {@link PlaygroundSession.step} call does at once (about 0.1 s). */
export const STEP_BUDGET = 100_000;
/** A plateau's trials run as many steps as the run took to get there, within these. */
const PLATEAU_TRIAL = { min: 100, max: 3000 } as const;
/** A plateau is a stall when a smaller η ends below this share of its lowest pass. */
const STALL_RATIO = 0.5;

interface Loaded {
  readonly config: PlaygroundConfig;
  readonly net: CompiledNetwork;
  readonly run: PlaygroundRun;
  readonly test: SetEvaluator;
  readonly train: readonly DataPoint[];
  readonly testPoints: readonly DataPoint[];
  readonly maps: FrameMaps;
}

/**
 * The playground worker's implementation, free of any worker or DOM API so that unit
 * tests call it directly. Training runs in slices of {@link SLICE_MS} between which
 * messages (a frame request, a new η) are answered, so the page never waits on it.
 */
export class PlaygroundSession implements PlaygroundApi {
  private loaded: Loaded | null = null;
  private playing = false;
  private replayTarget: number | null = null;
  /** The η search under way: for a warning (`plateau` null), or to test a plateau. */
  private search: { search: EtaSearch; theta: Float64Array; plateau: Plateau | null } | null = null;
  /** The plateau searched last (each is tested once). */
  private checkedPlateau: Plateau | null = null;
  /** Alternates a plateau's search with training, so that playing never pauses for it. */
  private searchTurn = false;
  private suggestion: EtaSuggestion | null = null;
  private suggestionTheta: Float64Array | null = null;
  private scheduled = false;
  /** The number of the slice scheduled last (see wake). */
  private ticket = 0;
  private pointsSent = false;
  /** Changes whenever θ at a given iteration may differ from before (see FrameMaps). */
  private generation = 0;
  private readonly pool = new BufferPool();
  private rate = { since: 0, steps: 0, perSecond: 0 };
  /** Steps per second while playing (null: as fast as the worker goes; see setSpeed). */
  private speed: number | null = null;
  /** When the paced run started (0: not yet) and the steps it has taken since. */
  private paced = { since: 0, steps: 0 };

  constructor(private readonly scheduler: Scheduler) {}

  configure(config: PlaygroundConfig): ConfigResult {
    const problems = configProblems(config);
    if (problems.length > 0) return { ok: false, problems };
    const { train, test } =
      config.data.kind === 'generated'
        ? generateDataset(config.data.request)
        : { train: config.data.train, test: config.data.test };
    const setup = playgroundSetup(config.network, train, config.objective);
    const features = orderedFeatures(config.network.features);
    const net = compileNetwork(setup.shape);
    this.loaded = {
      config,
      net,
      run: new PlaygroundRun(setup, config.log),
      test: new SetEvaluator(
        net,
        setup.objective,
        toTrainingSet(test, features, config.objective.loss),
      ),
      train,
      testPoints: test,
      maps: new FrameMaps(net, features),
    };
    this.generation++;
    this.playing = false;
    this.replayTarget = config.iteration > 0 ? config.iteration : null;
    this.clearSearch();
    this.pointsSent = false;
    this.wake();
    return { ok: true, layers: setup.shape.layers };
  }

  play(): void {
    if (this.loaded === null || this.loaded.run.stopped) return;
    this.playing = true;
    this.wake();
  }

  pause(): void {
    this.playing = false;
    this.rate = { since: 0, steps: 0, perSecond: 0 };
    this.paced = { since: 0, steps: 0 };
  }

  setSpeed(stepsPerSecond: number | null): void {
    this.speed =
      stepsPerSecond !== null && Number.isFinite(stepsPerSecond) && stepsPerSecond > 0
        ? stepsPerSecond
        : null;
    this.paced = { since: 0, steps: 0 };
    this.wake(true);
  }

  step(count = 1): number {
    const run = this.loaded?.run;
    if (!run) return 0;
    this.playing = false;
    this.replayTarget = null;
    const taken = run.advance(run.iteration + Math.max(0, Math.floor(count)), STEP_BUDGET);
    this.afterTraining(run);
    return taken;
  }

  reset(): void {
    this.loaded?.run.reset();
    this.generation++;
    this.replayTarget = null;
    this.clearSearch();
  }

  setHyperparameters(hyper: Hyperparameters): boolean {
    const run = this.loaded?.run;
    if (!run || !hyperparametersOk(hyper)) return false;
    this.replayTarget = null;
    run.setHyperparameters(hyper);
    this.clearSearch();
    this.wake();
    return true;
  }

  editParameter(index: number, value: number): boolean {
    const run = this.loaded?.run;
    if (!run || !parameterValueOk(value) || !run.editParameter(index, value)) return false;
    this.replayTarget = null;
    this.generation++;
    this.clearSearch();
    this.wake();
    return true;
  }

  applySuggestion(): boolean {
    const run = this.loaded?.run;
    const eta = this.suggestion?.learningRate;
    if (!run || eta === null || eta === undefined || this.suggestion === null) return false;
    if (this.suggestionTheta === null) return false;
    const hyper = run.hyperparameters;
    run.restore(this.suggestion.from, this.suggestionTheta);
    this.generation++;
    run.setHyperparameters({ ...hyper, learningRate: eta });
    this.clearSearch();
    this.wake();
    return true;
  }

  frame(request: MapRequest = {}, recycle?: ArrayBuffer[]): PlaygroundFrame | null {
    this.pool.give(recycle);
    const loaded = this.loaded;
    if (loaded === null) return null;
    const { run, net, test } = loaded;
    const neurons = mappedNeurons(net.shape.layers).length;
    const count = run.setup.train.count;
    const wantDelta = request.delta ?? true;
    const pass = run.inspect(wantDelta ? this.pool.float32(neurons * count) : undefined);
    this.afterTraining(run);
    const decisionN = request.decision ?? 100;
    const neuronN = request.neurons ?? 50;
    const points = this.pointsSent ? null : { train: loaded.train, test: loaded.testPoints };
    const key = `${this.generation}:${run.iteration}`;
    const maps = loaded.maps.build(run.theta, key, decisionN, neuronN, this.pool);
    this.pointsSent = true;
    return {
      iteration: run.iteration,
      epoch: run.epoch,
      theta: Float64Array.from(run.theta),
      trainLoss: pass.loss,
      testLoss: test.loss(run.theta),
      hyperparameters: run.hyperparameters,
      log: run.log,
      playing: this.playing,
      replayTarget: this.replayTarget,
      stopped: run.stopped,
      warning: run.warning,
      searching: this.search !== null,
      suggestion: this.suggestion,
      stepsPerSecond: this.rate.perSecond,
      layers: net.shape.layers,
      ...maps,
      delta: wantDelta ? { count, values: pass.delta } : null,
      points,
    };
  }

  /** True while there is work for the loop: a replay, an η search, or playing. */
  get busy(): boolean {
    return (
      this.loaded !== null && (this.replayTarget !== null || this.search !== null || this.playing)
    );
  }

  /**
   * Schedules the next slice unless one is (`now`: in place of one waiting for a paced
   * step, so a faster speed takes effect at once). A slice whose ticket is no longer the
   * latest does nothing: there is only ever one chain of slices.
   */
  private wake(now = false): void {
    if ((this.scheduled && !now) || !this.busy) return;
    this.scheduled = true;
    const ticket = ++this.ticket;
    this.scheduler.defer(() => {
      if (ticket === this.ticket) this.tick();
    });
  }

  /** One slice of work: replay first, then the η search, then training. */
  private tick(): void {
    this.scheduled = false;
    const run = this.loaded?.run;
    if (!run) return;
    const deadline = this.scheduler.now() + SLICE_MS;
    while (this.busy && this.scheduler.now() < deadline) {
      const wait = this.replayTarget === null && this.search === null ? this.waitForPace() : 0;
      if (wait > 0) {
        // Ahead of the chosen speed: nothing to do until the next step is due.
        this.scheduled = true;
        const ticket = ++this.ticket;
        this.scheduler.later(() => {
          if (ticket === this.ticket) this.tick();
        }, wait);
        return;
      }
      if (this.replayTarget !== null) {
        run.advance(this.replayTarget, CHUNK);
        if (run.iteration >= this.replayTarget || run.stopped) this.replayTarget = null;
      } else if (this.search !== null && !this.trainsThisTurn()) {
        if (this.search.search.advance(CHUNK)) this.finishSearch();
      } else {
        const before = run.iteration;
        run.advance(run.iteration + this.stepsDue(), CHUNK);
        this.count(run.iteration - before);
        this.paced.steps += run.iteration - before;
        this.afterTraining(run);
      }
    }
    this.wake();
  }

  /**
   * Starts the η search once a warning appears, or to test a plateau of the loss; stops
   * playing at a step that was not finite.
   */
  private afterTraining(run: PlaygroundRun): void {
    if (run.stopped) this.playing = false;
    const warning = run.warning;
    // A warning withdrawn (the loss came back down) takes its search for an η with it; a
    // warning raised while a plateau was being tested takes the plateau's place.
    const forWarning = this.search !== null && this.search.plateau === null;
    if (warning === null && (forWarning || (this.search === null && this.suggestion !== null)))
      this.clearSearch();
    if (warning !== null && this.search?.plateau) this.search = null;
    if (this.search !== null || this.suggestion !== null) return;
    const { position, theta } = run.segmentOrigin;
    const start = (plateau: Plateau | null, steps?: number) => {
      const copy = Float64Array.from(theta);
      this.search = {
        search: new EtaSearch(run.setup, position, copy, run.hyperparameters, steps),
        theta: copy,
        plateau,
      };
      this.wake();
    };
    if (warning !== null) {
      // A layer without gain is not η's doing: a smaller one would not bring it back.
      if (warning.code !== 'dead') start(null);
      return;
    }
    const plateau = run.plateau;
    if (plateau === null || plateau === this.checkedPlateau) return;
    this.checkedPlateau = plateau;
    const steps = plateau.iteration - position.iteration;
    start(plateau, Math.min(PLATEAU_TRIAL.max, Math.max(PLATEAU_TRIAL.min, steps)));
  }

  private finishSearch(): void {
    if (this.search === null) return;
    const { search, theta, plateau } = this.search;
    this.search = null;
    const result = search.result;
    if (plateau !== null) {
      // A plateau is a stall only if a smaller η, tried as long, went far lower; else it
      // is the network's own limit (a poor minimum), and nothing is said.
      const tried = result.trials.find((trial) => trial.learningRate === result.learningRate);
      if (tried === undefined || !(tried.lossAfter < STALL_RATIO * plateau.low)) return;
      this.loaded?.run.confirmStall(plateau);
    }
    this.suggestion = result;
    this.suggestionTheta = theta;
  }

  /** While a plateau is tested during play, every other slice trains. */
  private trainsThisTurn(): boolean {
    if (this.search?.plateau === null || !this.playing) return false;
    this.searchTurn = !this.searchTurn;
    return this.searchTurn;
  }

  private clearSearch(): void {
    this.search = null;
    this.suggestion = null;
    this.suggestionTheta = null;
  }

  /**
   * How many steps a paced run may take now: those due since it started (the first at
   * once), less those taken. Infinity at full speed.
   */
  private stepsDue(): number {
    if (this.speed === null) return Infinity;
    const now = this.scheduler.now();
    if (this.paced.since === 0) this.paced = { since: now, steps: 0 };
    const due = Math.floor(((now - this.paced.since) * this.speed) / 1000) + 1;
    return Math.max(0, due - this.paced.steps);
  }

  /** Milliseconds until a paced run's next step is due (0 when one is due now, or unpaced). */
  private waitForPace(): number {
    if (this.speed === null || !this.playing || this.stepsDue() > 0) return 0;
    const nextAt = this.paced.since + (this.paced.steps * 1000) / this.speed;
    return Math.max(1, nextAt - this.scheduler.now());
  }

  /** Steps per second, over windows of about a second. */
  private count(steps: number): void {
    const now = this.scheduler.now();
    if (this.rate.since === 0) this.rate.since = now;
    this.rate.steps += steps;
    const elapsed = now - this.rate.since;
    if (elapsed >= 1000)
      this.rate = { since: now, steps: 0, perSecond: (this.rate.steps * 1000) / elapsed };
  }
}
