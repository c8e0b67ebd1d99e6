import type { GraphScenario, InputIssue, NetworkScenario } from '../engine';
import type { Language } from '../i18n/translate';
import type { ClassActions, ClassSliceState } from './class/types';
import type { PracticeActions, PracticeState } from './practice/types';
import type { PlaygroundActions } from './playground/actions';
import type { PlaygroundFields } from './playground/fields';
import type { SceneName } from './scenes';

export { SCENES, type SceneName } from './scenes';

/** Playback speeds offered, as multiples of the base pace of one step per second. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Colour themes: follow the system, or force light, dark or high contrast. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Parts of the page a link can hide (`hide=editor,timeline`), for locked-down exercises. */
export const HIDEABLE = [
  'header',
  'editor',
  'timeline',
  'controls',
  'formula',
  'narration',
  'inspector',
  'share',
] as const;
export type Hideable = (typeof HIDEABLE)[number];

/** What an edit can change, and so what undo restores: one scenario of each kind. */
export interface Scenarios {
  readonly network: NetworkScenario;
  readonly graph: GraphScenario;
}

/** Why the page is showing an error banner, and what was rejected. */
export interface StateError {
  readonly source: 'link' | 'file' | 'storage';
  readonly issues: readonly InputIssue[];
  /**
   * A refused link opens the state kept from last time when there is one (so that the
   * work kept there is shown, not stored over); the message then says so.
   */
  readonly keptLastState?: true;
}

/**
 * The source state. Everything on screen is derived from it (see selectors.ts): the
 * trace from the scenario, every value and highlight from (trace, cursor).
 */
export interface SourceState extends Scenarios, PracticeState, ClassSliceState, PlaygroundFields {
  readonly scene: SceneName;
  /** How many steps of the current trace have run: 0 … trace length. */
  readonly cursor: number;
  /**
   * The current scene plays: the cursor steps through the trace (scenes that walk it), or
   * gradient descent runs (the training scene). Any scene change or load stops it.
   */
  readonly playing: boolean;
  readonly speed: Speed;
  readonly lang: Language;
  /**
   * Gradient-descent steps taken from θ⁰ (the network scenario's parameters) in the
   * training scene. θ at this iteration is derived by replaying the steps, which is
   * deterministic, so a link needs only this count to reproduce θ exactly.
   */
  readonly iteration: number;
  /** Training speed in gradient-descent steps per second. */
  readonly trainingRate: number;
  /** Which training example the network scene walks through. */
  readonly sample: number;
  /** The diagram element hovered or focused (a DOM id), for the inspector and twins. */
  readonly focus: string | null;
  readonly error: StateError | null;
  /** The lecture chapter being followed (1–8), if any. */
  readonly chapter: number | null;
  /** Presenter mode: projector-sized type, caption bar, clicker keys. */
  readonly presenter: boolean;
  /** Presenter mode's blank screen (B), like slide software. */
  readonly blank: boolean;
  readonly theme: Theme;
  /** Parts hidden by the link. */
  readonly hidden: readonly Hideable[];
  /** A chrome-free view for iframes. */
  readonly embed: boolean;
  /** The diagram value being edited in place (a DOM id), if any. */
  readonly editing: string | null;
  /** The states before the edits, newest last, for Undo. */
  readonly past: readonly UndoEntry[];
  /**
   * The coalescing key of the last edit, if it gave one: further edits with the same key
   * (typing "100" into one field) extend that undo step instead of adding new ones.
   */
  readonly lastEdit: string | null;
  /** The states Undo left, next first, for Redo. */
  readonly future: readonly UndoEntry[];
}

/**
 * A state Undo or Redo returns to: the scenarios, and the step the pass was at, so that
 * undoing Apply update (which starts a new pass at step 0) returns to the end of the pass.
 */
export interface UndoEntry extends Scenarios {
  readonly cursor: number;
}

export interface Actions extends PracticeActions, ClassActions, PlaygroundActions {
  setCursor(cursor: number): void;
  /** Moves the cursor by `delta` steps, clamped to the trace. */
  stepBy(delta: number): void;
  toStart(): void;
  toEnd(): void;
  /**
   * A phase as one step: +1 runs the rest of the current phase (to its end), −1 goes back
   * to the end of the phase before (or to the start).
   */
  jumpPhase(direction: -1 | 1): void;
  /** Starts or stops the current scene's playback (a trace played from its end starts over). */
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: Speed): void;
  setLanguage(lang: Language): void;
  setScene(scene: SceneName): void;
  setFocus(id: string | null): void;
  setChapter(chapter: number | null): void;
  setPresenter(presenter: boolean): void;
  toggleBlank(): void;
  setTheme(theme: Theme): void;
  setError(error: StateError | null): void;
  /**
   * Replaces the network scenario as one undoable edit; the cursor stays where it is.
   * Consecutive edits with the same `coalesce` key make one undo step.
   */
  editNetwork(network: NetworkScenario, coalesce?: string): void;
  editGraph(graph: GraphScenario, coalesce?: string): void;
  /** Applies the update phase (θ ← θ − η∇L) and starts a new pass on the new parameters. */
  applyUpdate(): void;
  setSample(sample: number): void;
  /** Moves the training position (θᵗ); 0 is θ⁰. Not an edit: it replaces the history entry. */
  setIteration(iteration: number): void;
  setTrainingRate(rate: number): void;
  startEditing(id: string): void;
  stopEditing(): void;
  /**
   * Replaces the document and view with a state read from a link (browser Back/Forward,
   * a dropped file): not an edit, so the undo history is left alone.
   */
  load(
    state: Partial<
      Pick<
        SourceState,
        'network' | 'graph' | 'scene' | 'cursor' | 'lang' | 'speed' | 'sample' | 'iteration'
      >
    >,
  ): void;
  undo(): void;
  redo(): void;
}

export type AppState = SourceState & Actions;
