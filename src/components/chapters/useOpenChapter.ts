import { useCallback } from 'react';
import { graphPresetScenario } from '../../engine';
import { useAppStoreApi } from '../../store/StoreProvider';
import { chapter as findChapter, CHAPTERS } from './chapters';

/**
 * Opens a chapter: its scene, its scenario (as an undoable edit, only when it differs
 * from the current one, so the user's work is one Undo away) and its step.
 */
export function useOpenChapter(): (number: number) => void {
  const { store, select } = useAppStoreApi();
  return useCallback(
    (number: number) => {
      const target = findChapter(number);
      if (target === undefined) return;
      const state = store.getState();
      if (
        target.network !== undefined &&
        JSON.stringify(target.network) !== JSON.stringify(state.network)
      ) {
        state.editNetwork(target.network);
      }
      if (target.graph !== undefined) {
        const graph = graphPresetScenario(target.graph);
        if (JSON.stringify(graph) !== JSON.stringify(state.graph)) state.editGraph(graph);
      }
      state.setScene(target.scene);
      state.setPlaying(false);
      const now = store.getState();
      now.setCursor(Math.min(target.step, select.total(now)));
      if (target.iteration !== undefined) now.setIteration(target.iteration);
      now.setChapter(number);
    },
    [store, select],
  );
}

/** The chapter after (+1) or before (−1) the current one, if there is one. */
export function neighbourChapter(current: number | null, direction: 1 | -1): number | undefined {
  const next = (current ?? 0) + direction;
  return CHAPTERS.some((c) => c.number === next) ? next : undefined;
}
