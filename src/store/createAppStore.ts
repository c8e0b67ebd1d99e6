import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_ITERATIONS, TRAINING_RATE } from '../engine';
import { createClassActions } from './class/actions';
import { createPracticeActions } from './practice/actions';
import { createPlaygroundActions } from './playground/actions';
import { SCENE_MODELS } from './scenes';
import { createStoreSelectors, type Selectors } from './selectors';
import type { Actions, AppState, Scenarios, SourceState, UndoEntry } from './types';

/** The furthest a training run can go (engine/limits.ts); the play loop stops there. */
export { MAX_ITERATIONS };

/** A training position within 0 … MAX_ITERATIONS, whatever number it is given. */
export const clampIteration = (iteration: number): number =>
  Number.isNaN(iteration) ? 0 : Math.max(0, Math.min(MAX_ITERATIONS, Math.round(iteration)));

/** A training speed within TRAINING_RATE; anything that is not a number is the slowest. */
const clampRate = (rate: number): number =>
  Number.isNaN(rate)
    ? TRAINING_RATE.min
    : Math.max(TRAINING_RATE.min, Math.min(TRAINING_RATE.max, rate));

/** How many edits undo remembers. */
export const HISTORY_LIMIT = 100;

export interface AppStore {
  readonly store: StoreApi<AppState>;
  readonly select: Selectors;
  /**
   * The actions, one object for the store's lifetime. (`store.getState()` is a new object
   * after every change, so an effect that depended on it re-subscribed on every change,
   * and a key press that arrived while it did was lost.)
   */
  readonly actions: Actions;
}

/**
 * Creates the app's one store. It is created per app (and per test), never at module
 * level, so nothing leaks between instances. `selectors` may be those that made the
 * initial state (main.tsx), so what the link's reading derived (a long expression's
 * analysis and trace) is not derived again.
 */
export function createAppStore(
  initial: SourceState,
  selectors: ReturnType<typeof createStoreSelectors> = createStoreSelectors(),
): AppStore {
  const { select, practice, updatedNetwork } = selectors;
  // Every cursor move stops at the trace's end and, in practice, at the first unanswered
  // question; training stops at θ⁰ while its update is asked.
  const clamp = (state: SourceState, cursor: number) =>
    Math.max(0, Math.min(select.cursorLimit(state), select.total(state), Math.round(cursor)));
  const limitIteration = (state: SourceState, iteration: number) =>
    Math.min(clampIteration(iteration), select.iterationLimit(state));

  const store = createStore<AppState>()((set, get) => {
    // An edit also ends the variant: the numbers on screen are no longer variant N's.
    const edit = (next: Partial<Scenarios>, coalesce?: string, also: Partial<SourceState> = {}) =>
      set((s) => {
        const scenarios: UndoEntry = { network: s.network, graph: s.graph, cursor: s.cursor };
        const updated = { ...s, ...next, variant: null, ...also };
        const extend = coalesce !== undefined && coalesce === s.lastEdit && s.past.length > 0;
        return {
          ...next,
          variant: null,
          ...also,
          past: extend ? s.past : [...s.past, scenarios].slice(-HISTORY_LIMIT),
          future: [],
          lastEdit: coalesce ?? null,
          cursor: clamp(updated, also.cursor ?? s.cursor),
        };
      });

    return {
      ...initial,
      cursor: clamp(initial, initial.cursor),
      iteration: limitIteration(initial, initial.iteration),
      ...createPracticeActions(set, get, {
        select,
        internals: practice,
        clamp,
        clampIteration: limitIteration,
        edit: (next, also) => edit(next, undefined, also),
      }),
      ...createClassActions(set, get, { select, internals: practice, clamp }),
      ...createPlaygroundActions(set, get),
      setCursor: (cursor) => set((s) => ({ cursor: clamp(s, cursor) })),
      stepBy: (delta) =>
        set((s) => {
          const cursor = clamp(s, s.cursor + delta);
          // Playback stops by itself at either end, and at a question of practice mode.
          const end = Math.min(select.total(s), select.cursorLimit(s));
          return { cursor, playing: s.playing && cursor < end && cursor > 0 };
        }),
      toStart: () => set({ cursor: 0, playing: false }),
      toEnd: () => set((s) => ({ cursor: clamp(s, select.total(s)), playing: false })),
      // A phase as one step: forward, the rest of the phase runs (all gradients, all
      // updates…); back, to the end of the phase before.
      jumpPhase: (direction) =>
        set((s) => {
          const ends = select.trace(s).phases.map((p) => p.end);
          if (direction > 0) {
            const next = ends.find((end) => end > s.cursor);
            return { cursor: clamp(s, next ?? select.total(s)), playing: false };
          }
          const previous = [...ends].reverse().find((end) => end < s.cursor);
          return { cursor: clamp(s, previous ?? 0), playing: false };
        }),
      setPlaying: (playing) =>
        set((s) => {
          // A trace played from its end starts over; the training scene's cursor stays.
          const rewind = playing && SCENE_MODELS[s.scene].walksTrace && s.cursor >= select.total(s);
          return { playing, cursor: rewind ? 0 : s.cursor };
        }),
      togglePlaying: () => get().setPlaying(!get().playing),
      setSpeed: (speed) => set({ speed }),
      setLanguage: (lang) => set({ lang }),
      setScene: (scene) =>
        set((s) => (s.scene === scene ? {} : { scene, cursor: 0, playing: false, focus: null })),
      setFocus: (focus) => set({ focus }),
      setChapter: (chapter) => set({ chapter }),
      setPresenter: (presenter) => set({ presenter, blank: false }),
      toggleBlank: () => set((s) => ({ blank: s.presenter && !s.blank })),
      setTheme: (theme) => set({ theme }),
      setError: (error) => set({ error }),
      editNetwork: (network, coalesce) => {
        edit({ network }, coalesce);
        // A new network is a new run: from θ⁰, with its own η throughout.
        set({ iteration: 0, etaLog: [] });
      },
      editGraph: (graph, coalesce) => edit({ graph }, coalesce),
      applyUpdate: () => {
        edit({ network: updatedNetwork(get()) });
        set({ cursor: 0, playing: false });
      },
      setSample: (sample) =>
        set((s) =>
          sample >= 0 && sample < s.network.samples.length
            ? { sample, cursor: clamp({ ...s, sample }, s.cursor) }
            : {},
        ),
      setIteration: (iteration) =>
        set((s) => {
          const next = limitIteration(s, iteration);
          // Training that cannot go on (practice asks its update) stops playing.
          return { iteration: next, playing: s.playing && next >= Math.round(iteration) };
        }),
      setTrainingRate: (trainingRate) => set({ trainingRate: clampRate(trainingRate) }),
      // A link can lock editing away (hide=editor) for a handed-out exercise.
      startEditing: (editing) =>
        set((s) => (s.hidden.includes('editor') ? {} : { editing, playing: false })),
      stopEditing: () => set({ editing: null }),
      load: (next) =>
        set((s) => {
          const updated = { ...s, ...next, playing: false, editing: null };
          // What a link or file loads was read within the limits; held here all the same.
          const sample = updated.sample < updated.network.samples.length ? updated.sample : 0;
          const iteration = limitIteration(updated, updated.iteration);
          const within = { ...updated, sample, iteration };
          return { ...within, cursor: clamp(within, next.cursor ?? s.cursor) };
        }),
      undo: () =>
        set((s) => {
          const previous = s.past[s.past.length - 1];
          if (previous === undefined) return {};
          const restored = { ...s, ...previous };
          return {
            ...previous,
            variant: null,
            past: s.past.slice(0, -1),
            lastEdit: null,
            future: [{ network: s.network, graph: s.graph, cursor: s.cursor }, ...s.future],
            cursor: clamp(restored, previous.cursor),
          };
        }),
      redo: () =>
        set((s) => {
          const next = s.future[0];
          if (next === undefined) return {};
          const restored = { ...s, ...next };
          return {
            ...next,
            variant: null,
            past: [...s.past, { network: s.network, graph: s.graph, cursor: s.cursor }],
            lastEdit: null,
            future: s.future.slice(1),
            cursor: clamp(restored, next.cursor),
          };
        }),
    };
  });
  // The first state's functions: zustand keeps every action across states.
  const actions: Actions = store.getState();
  return { store, select, actions };
}
