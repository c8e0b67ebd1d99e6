import { createStore, type StoreApi } from 'zustand/vanilla';
import { trainStep } from '../engine';
import { createPlaygroundActions } from './playground/actions';
import { SCENE_MODELS } from './scenes';
import { createSelectors, type Selectors } from './selectors';
import type { AppState, Scenarios, SourceState } from './types';

/** The furthest a training run can go; replaying it stays well under a second. */
export const MAX_ITERATIONS = 1_000_000;

/** How many edits undo remembers. */
export const HISTORY_LIMIT = 100;

export interface AppStore {
  readonly store: StoreApi<AppState>;
  readonly select: Selectors;
}

/**
 * Creates the app's one store. It is created per app (and per test), never at module
 * level, so nothing leaks between instances.
 */
export function createAppStore(initial: SourceState): AppStore {
  const select = createSelectors();
  const clamp = (state: SourceState, cursor: number) =>
    Math.max(0, Math.min(select.total(state), Math.round(cursor)));

  const store = createStore<AppState>()((set, get) => {
    const edit = (next: Partial<Scenarios>, coalesce?: string) =>
      set((s) => {
        const scenarios: Scenarios = { network: s.network, graph: s.graph };
        const updated = { ...s, ...next };
        const extend = coalesce !== undefined && coalesce === s.lastEdit && s.past.length > 0;
        return {
          ...next,
          past: extend ? s.past : [...s.past, scenarios].slice(-HISTORY_LIMIT),
          future: [],
          lastEdit: coalesce ?? null,
          cursor: clamp(updated, s.cursor),
        };
      });

    return {
      ...initial,
      ...createPlaygroundActions(set, get),
      setCursor: (cursor) => set((s) => ({ cursor: clamp(s, cursor) })),
      stepBy: (delta) =>
        set((s) => {
          const cursor = clamp(s, s.cursor + delta);
          // Playback stops by itself at either end.
          return { cursor, playing: s.playing && cursor < select.total(s) && cursor > 0 };
        }),
      toStart: () => set({ cursor: 0, playing: false }),
      toEnd: () => set((s) => ({ cursor: select.total(s), playing: false })),
      jumpPhase: (direction) =>
        set((s) => {
          const phases = select.trace(s).phases;
          if (direction > 0) {
            const next = phases.find((p) => p.start >= s.cursor);
            return { cursor: next ? next.start + 1 : select.total(s) };
          }
          const previous = [...phases].reverse().find((p) => p.start + 1 < s.cursor);
          return { cursor: previous ? previous.start + 1 : 0 };
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
        edit({ network: trainStep(get().network) });
        set({ cursor: 0, playing: false });
      },
      setSample: (sample) =>
        set((s) =>
          sample >= 0 && sample < s.network.samples.length
            ? { sample, cursor: clamp({ ...s, sample }, s.cursor) }
            : {},
        ),
      setIteration: (iteration) =>
        set({ iteration: Math.max(0, Math.min(MAX_ITERATIONS, Math.round(iteration))) }),
      setTrainingRate: (trainingRate) =>
        set({ trainingRate: Math.max(1, Math.min(100_000, trainingRate)) }),
      // A link can lock editing away (hide=editor) for a handed-out exercise.
      startEditing: (editing) =>
        set((s) => (s.hidden.includes('editor') ? {} : { editing, playing: false })),
      stopEditing: () => set({ editing: null }),
      load: (next) =>
        set((s) => {
          const updated = { ...s, ...next, playing: false, editing: null };
          return { ...updated, cursor: clamp(updated, next.cursor ?? s.cursor) };
        }),
      undo: () =>
        set((s) => {
          const previous = s.past[s.past.length - 1];
          if (previous === undefined) return {};
          const restored = { ...s, ...previous };
          return {
            ...previous,
            past: s.past.slice(0, -1),
            lastEdit: null,
            future: [{ network: s.network, graph: s.graph }, ...s.future],
            cursor: clamp(restored, s.cursor),
          };
        }),
      redo: () =>
        set((s) => {
          const next = s.future[0];
          if (next === undefined) return {};
          const restored = { ...s, ...next };
          return {
            ...next,
            past: [...s.past, { network: s.network, graph: s.graph }],
            lastEdit: null,
            future: s.future.slice(1),
            cursor: clamp(restored, s.cursor),
          };
        }),
    };
  });
  return { store, select };
}
