import { checkAnswer, VARIANT_MAX, type PracticeEvent, type Question } from '../../engine';
import { SCENE_MODELS } from '../scenes';
import type { Selectors } from '../selectors';
import type { AppState, Scenarios, SourceState } from '../types';
import type { PracticeInternals } from './selectors';
import type { PracticeActions, PracticeFeedback, PracticeSession } from './types';
import { withVariant } from './variant';

type SetState = (update: (state: AppState) => Partial<SourceState>) => void;

/** What the practice actions borrow from the store (createAppStore.ts). */
export interface PracticeTools {
  readonly select: Selectors;
  readonly internals: PracticeInternals;
  /** A cursor clamped to the trace and to practice's limit. */
  readonly clamp: (state: SourceState, cursor: number) => number;
  /** An iteration clamped to the run and to practice's limit. */
  readonly clampIteration: (state: SourceState, iteration: number) => number;
  /** Replaces scenarios as one undoable edit, setting `also` in the same change. */
  readonly edit: (next: Partial<Scenarios>, also: Partial<SourceState>) => void;
}

/** What feedback says of the question it is about. */
const about = (q: Question) => ({ question: q.id, target: q.target, form: q.formula.form });

/** The most hint rungs a question has (the ladder: needs, formula, numbers). */
const RUNGS = 3;

/**
 * The practice actions. Each records what the student did as score events in the session
 * of the scenario on screen (a new session when there is none for it), so that the score,
 * what is hidden and where the cursor may go all follow from the events.
 */
export function createPracticeActions(
  set: SetState,
  get: () => AppState,
  tools: PracticeTools,
): PracticeActions {
  const { internals, select, clamp, clampIteration } = tools;

  /** The session of the scenario on screen, or a new one for it. */
  const sessionOf = (state: SourceState): PracticeSession => {
    const kind = SCENE_MODELS[state.scene].scenario;
    return (
      internals.session(state) ?? {
        scenario: state[kind],
        sample: state.sample,
        events: [],
        feedback: null,
      }
    );
  };
  const withSession = (state: SourceState, session: PracticeSession | null): SourceState => ({
    ...state,
    practiceSessions: {
      ...state.practiceSessions,
      [SCENE_MODELS[state.scene].scenario]: session,
    },
  });
  /** The session with `events` added (and `asked` first, the first time the question acts). */
  const record = (
    state: SourceState,
    q: Question,
    events: readonly PracticeEvent[],
    feedback: PracticeFeedback | null,
  ): SourceState => {
    const session = sessionOf(state);
    const asked = session.events.some((e) => e.type === 'asked' && e.id === q.id);
    const added: PracticeEvent[] = asked ? [] : [{ type: 'asked', id: q.id, kind: q.kind }];
    return withSession(state, {
      ...session,
      events: [...session.events, ...added, ...events],
      feedback: feedback ?? session.feedback,
    });
  };
  /** Where a new exercise starts: at its first question, in a scene that walks its trace. */
  const atFirstQuestion = (state: SourceState): SourceState => ({
    ...state,
    cursor:
      SCENE_MODELS[state.scene].walksTrace && select.practiceStatus(state).on
        ? select.cursorLimit(state)
        : state.cursor,
    iteration: clampIteration(state, state.iteration),
    playing: false,
  });
  const changes = (before: SourceState, after: SourceState): Partial<SourceState> => ({
    practice: after.practice,
    practiceSessions: after.practiceSessions,
    cursor: after.cursor,
    iteration: after.iteration,
    playing: after.playing && before.playing,
  });

  return {
    setPractice: (kinds) =>
      set((s) => {
        const next = { ...s, practice: kinds };
        return changes(s, kinds === null ? next : atFirstQuestion(next));
      }),

    checkPracticeAnswer: (text) =>
      set((s) => {
        const q = internals.openQuestion(s);
        if (q === undefined) return {};
        const verdict = checkAnswer(q, text);
        const attempt: PracticeEvent =
          verdict.verdict === 'wrong' && verdict.mistake !== undefined
            ? { type: 'attempt', id: q.id, verdict: 'wrong', mistake: verdict.mistake }
            : { type: 'attempt', id: q.id, verdict: verdict.verdict };
        const next = record(s, q, [attempt], { kind: 'checked', verdict, ...about(q) });
        // Right: the cursor moves on once no question of this step is left open.
        const moveOn =
          verdict.verdict === 'correct' &&
          SCENE_MODELS[s.scene].walksTrace &&
          internals.openQuestion(next) === undefined;
        const after = moveOn ? { ...next, cursor: clamp(next, s.cursor + 1) } : next;
        return changes(s, { ...after, iteration: clampIteration(after, after.iteration) });
      }),

    showPracticeHint: () =>
      set((s) => {
        const q = internals.openQuestion(s);
        if (q === undefined) return {};
        const opened = (internals.session(s)?.events ?? []).filter(
          (e) => e.type === 'hint' && e.id === q.id,
        ).length;
        if (opened >= RUNGS) return {};
        return changes(s, record(s, q, [{ type: 'hint', id: q.id }], null));
      }),

    revealPracticeAnswer: () =>
      set((s) => {
        const q = internals.openQuestion(s);
        if (q === undefined) return {};
        const next = record(s, q, [{ type: 'revealed', id: q.id }], {
          kind: 'revealed',
          value: q.value,
          ...about(q),
        });
        return changes(s, { ...next, iteration: clampIteration(next, next.iteration) });
      }),

    drawVariant: (number) => {
      const state = get();
      const n = number ?? ((state.variant?.number ?? 0) + 1) % (VARIANT_MAX + 1);
      const drawn = withVariant(state, n);
      if (drawn === undefined) return false;
      const kind = SCENE_MODELS[state.scene].scenario;
      const scenarios: Partial<Scenarios> =
        kind === 'network' ? { network: drawn.network } : { graph: drawn.graph };
      const fresh = atFirstQuestion(drawn);
      tools.edit(scenarios, {
        variant: drawn.variant,
        cursor: fresh.cursor,
        iteration: fresh.iteration,
        playing: false,
      });
      return true;
    },

    restartPractice: () =>
      set((s) => {
        return changes(s, atFirstQuestion(withSession(s, null)));
      }),
  };
}
