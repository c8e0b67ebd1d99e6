import { buildNetworkTrace, practicePlan, type PracticeKind, type Question } from '../../engine';
import { typedAnswer } from '../../engine/practice/testing/cases';
import { createAppStore, type AppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import type { SourceState } from '../types';

/** A store on the default state with `changes`, practice turned on with `kinds`. */
export function practisingStore(
  kinds: readonly PracticeKind[],
  changes: Partial<SourceState> = {},
): AppStore {
  const app = createAppStore({ ...defaultState(), ...changes });
  app.store.getState().setPractice(kinds);
  return app;
}

/** The network questions of the store's scenario, with their values, from the engine itself. */
export function networkQuestionsOf(state: SourceState, kinds: readonly PracticeKind[]): Question[] {
  return [...practicePlan(buildNetworkTrace(state.network, state.sample), kinds).questions];
}

/** What a careful student types for `q` (the engine tests' rounding). */
export { typedAnswer };
