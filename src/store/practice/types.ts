import type { FormulaForm, PracticeEvent, PracticeKind, Scenario, Verdict } from '../../engine';
import type { ScenarioKind } from '../scenes';

/**
 * Practice mode's source state ("Your turn"): which kinds of value are asked, which
 * variant the numbers were drawn as, and what the student did. Everything else (the
 * questions, what is hidden, the score) is derived by the practice selectors.
 */

/**
 * The variant the scenario's numbers were drawn as (`variant=N`). `drawn` is false only in
 * what a readable link asks for: `variant=N` there means "draw variant N of the scenario"
 * (applyLink draws it). The state and compact links always hold numbers already drawn, so
 * that opening a link never draws twice (a graph's variant is drawn in the style of the
 * inputs it replaces, so drawing again would change them).
 */
export interface PracticeVariant {
  readonly number: number;
  readonly drawn: boolean;
}

/** What the feedback line says about the last answer. */
export type PracticeFeedback = (
  | { readonly kind: 'checked'; readonly verdict: Verdict }
  | { readonly kind: 'revealed'; readonly value: number }
) & {
  /** The question it is about: its quantity key, its `data-target` and its rule. */
  readonly question: string;
  readonly target: string;
  readonly form: FormulaForm;
};

/**
 * One scenario's practice: the events of the score (score.ts's reducer replays them) and
 * the last feedback. It belongs to one scenario object and one example: after an edit, a
 * new variant or another example, the session no longer applies and practice starts
 * afresh (undo back to the same scenario finds it again).
 */
export interface PracticeSession {
  readonly scenario: Scenario;
  readonly sample: number;
  readonly events: readonly PracticeEvent[];
  readonly feedback: PracticeFeedback | null;
}

export interface PracticeState {
  /**
   * The kinds of value asked, in canonical order, for every scene (each scene asks those it
   * has: the network z, a, δ, ∂C/∂w and the update; the graph values and gradients; the
   * gradient-descent scene the update); `null` when practice is off. Linked (`practice=`).
   */
  readonly practice: readonly PracticeKind[] | null;
  /** The variant the numbers on screen were drawn as, if any. Linked (`variant=`). */
  readonly variant: PracticeVariant | null;
  /** Per kind of scenario, what the student did with it. Not linked: a link never carries answers. */
  readonly practiceSessions: Readonly<Record<ScenarioKind, PracticeSession | null>>;
}

export interface PracticeActions {
  /** Turns practice on with these kinds (in any scene, for every scene), or off with null. */
  setPractice(kinds: readonly PracticeKind[] | null): void;
  /**
   * Checks the typed answer to the open question. Right: the value appears and the cursor
   * moves on one step (once every question of the step is settled).
   */
  checkPracticeAnswer(text: string): void;
  /** Opens the next rung of the open question's hint ladder. */
  showPracticeHint(): void;
  /** "Show me": shows the open question's value; it counts as not solved. */
  revealPracticeAnswer(): void;
  /**
   * Draws variant `number` of the current scene's scenario (the same shape with friendly
   * numbers; without a number, the one after the current variant). An undoable edit.
   * False when there is none (a graph with no friendly inputs): nothing changes.
   */
  drawVariant(number?: number): boolean;
  /** Forgets the answers to the current scenario and starts again from the first question. */
  restartPractice(): void;
}

/** No practice: the default state. */
export const PRACTICE_DEFAULTS: PracticeState = {
  practice: null,
  variant: null,
  practiceSessions: { network: null, graph: null },
};

export type { ScenarioKind };
