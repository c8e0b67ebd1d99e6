import {
  hintLadder,
  maskedKeys,
  openQuestions,
  practiceCursorLimit,
  practicePlan,
  scoreOf,
  summarizeScore,
  type GraphAnalysis,
  type PracticeEvent,
  type PracticeKind,
  type PracticePlan,
  type Question,
  type ScoreSummary,
  type Trace,
} from '../../engine';
import { SCENE_MODELS } from '../scenes';
import type { SourceState } from '../types';
import { cache, pairCache } from './caches';
import { maskAnalysis } from './maskAnalysis';
import { maskTrace } from './maskTrace';
import { describeQuestion, type PracticePrompt } from './prompt';
import type { PracticeFeedback, PracticeSession } from './types';

/**
 * Practice mode's derived values. The plan (with every question's true value) stays inside
 * {@link PracticeInternals}, which only the store's actions use; what the page reads
 * ({@link PracticeSelectors}) never holds the value of an unsettled question:
 *
 * - `hidden` is every key to keep from view: each unsettled question's own keys and
 *   everything computed from them, to the end of the trace (the engine's `maskedKeys`
 *   with every unsettled question open). At the cursor this is exactly what the engine
 *   masks; beyond it nothing is shown anyway, and nothing there can give an answer away.
 * - `visibleTrace` and `visibleAnalysis` are the trace and the graph analysis with those
 *   numbers taken out (absent from the values, NaN in steps and nodes). The store's `trace`,
 *   `currentStep` and `graphAnalysis` are these, so every view reads through them.
 */
export interface PracticeSelectors {
  /** Whether practice is on in this scene, what it asks and how far the student has got. */
  practiceStatus(state: SourceState): PracticeStatus;
  /** The open question as the page shows it (no value), or null. */
  practicePrompt(state: SourceState): PracticePrompt | null;
  /** DOM ids of the values the open question needs, once its first hint is open. */
  practiceNeeded(state: SourceState): ReadonlySet<string>;
  /** What the feedback line says about the last answer of this session. */
  practiceFeedback(state: SourceState): PracticeFeedback | null;
  /** Asked, right first time, after a hint, revealed…, in all and per kind. */
  practiceScore(state: SourceState): ScoreSummary;
  /** The furthest the cursor may go: the trace's end, or the first unanswered question. */
  cursorLimit(state: SourceState): number;
  /** The furthest training may go: θ⁰ while the gradient-descent scene's update is asked. */
  iterationLimit(state: SourceState): number;
  /** True while an export of the whole trace (or the network's script) would give answers. */
  practiceHoldsAnswers(state: SourceState): boolean;
  visibleTrace(state: SourceState): Trace;
  visibleAnalysis(state: SourceState): GraphAnalysis;
}

export interface PracticeStatus {
  /** Practice is on and this scene asks at least one kind of value. */
  readonly on: boolean;
  /** The kinds asked here. */
  readonly kinds: readonly PracticeKind[];
  readonly count: number;
  readonly settled: number;
  /** On, and every question answered or shown. */
  readonly finished: boolean;
}

/** What the actions need and the page must not reach: the questions with their values. */
export interface PracticeInternals {
  plan(state: SourceState): PracticePlan;
  /** The session of the scenario on screen, if it is the one answered. */
  session(state: SourceState): PracticeSession | null;
  answered(state: SourceState): ReadonlySet<string>;
  /** The question the answer box asks now. */
  openQuestion(state: SourceState): Question | undefined;
}

/** The unmasked sources the practice selectors build on (the store's own caches). */
export interface PracticeSources {
  fullTrace(state: SourceState): Trace;
  fullAnalysis(state: SourceState): GraphAnalysis;
}

const NONE: ReadonlySet<string> = new Set();
const OFF: PracticeStatus = { on: false, kinds: [], count: 0, settled: 0, finished: false };
const NO_EVENTS: readonly PracticeEvent[] = [];

/** The kinds the state's scene asks: the link's kinds that the scene has. */
function kindsOf(state: SourceState): readonly PracticeKind[] {
  const { practice } = state;
  if (practice === null) return [];
  return SCENE_MODELS[state.scene].practice.filter((kind) => practice.includes(kind));
}

export function createPracticeSelectors(sources: PracticeSources): {
  readonly select: PracticeSelectors;
  readonly internals: PracticeInternals;
} {
  const plans = new WeakMap<Trace, Map<string, PracticePlan>>();
  const plan = (state: SourceState): PracticePlan => {
    const trace = sources.fullTrace(state);
    const kinds = kindsOf(state);
    const key = kinds.join(',');
    let byKinds = plans.get(trace);
    if (byKinds === undefined) {
      byKinds = new Map();
      plans.set(trace, byKinds);
    }
    let found = byKinds.get(key);
    if (found === undefined) {
      found = practicePlan(trace, kinds);
      byKinds.set(key, found);
    }
    return found;
  };

  const session = (state: SourceState): PracticeSession | null => {
    const kind = SCENE_MODELS[state.scene].scenario;
    const kept = state.practiceSessions[kind];
    if (kept === null || kept.scenario !== state[kind]) return null;
    return kind === 'network' && kept.sample !== state.sample ? null : kept;
  };
  const eventsOf = (state: SourceState) => session(state)?.events ?? NO_EVENTS;

  const settledOf = cache((events: readonly PracticeEvent[]): ReadonlySet<string> => {
    const settled = new Set<string>();
    for (const [id, q] of scoreOf(events).questions) if (q.outcome !== 'open') settled.add(id);
    return settled;
  });
  const answered = (state: SourceState) => settledOf(eventsOf(state));

  const cursorLimit = (state: SourceState): number => {
    // Practice off: no plan is made (it reads every step of the trace).
    if (kindsOf(state).length === 0) return sources.fullTrace(state).steps.length;
    const p = plan(state);
    return p.questions.length === 0 ? p.steps.length : practiceCursorLimit(p, answered(state));
  };
  /** The cursor questions are asked at: a scene that does not walk its trace asks in order. */
  const practiceCursor = (state: SourceState): number =>
    SCENE_MODELS[state.scene].walksTrace ? state.cursor : cursorLimit(state);
  // Practice off: nothing is built (the training scene's trace changes at every iteration).
  const openQuestion = (state: SourceState): Question | undefined =>
    kindsOf(state).length === 0
      ? undefined
      : openQuestions(plan(state), answered(state), practiceCursor(state))[0];

  const hiddenOf = pairCache(
    (p: PracticePlan, settled: ReadonlySet<string>): ReadonlySet<string> =>
      p.questions.every((q) => settled.has(q.id)) ? NONE : maskedKeys(p, settled, p.steps.length),
  );
  const hidden = (state: SourceState) =>
    kindsOf(state).length === 0 ? NONE : hiddenOf(plan(state), answered(state));

  const status = (state: SourceState): PracticeStatus => {
    const kinds = kindsOf(state);
    if (kinds.length === 0) return OFF;
    const p = plan(state);
    const settled = answered(state);
    const count = p.questions.length;
    const done = p.questions.filter((q) => settled.has(q.id)).length;
    const on = kinds.length > 0;
    return { on, kinds, count, settled: done, finished: on && done === count };
  };
  // The same object while nothing in it changes, so that components can select it.
  let lastStatus: PracticeStatus | undefined;
  const stableStatus = (state: SourceState): PracticeStatus => {
    const next = status(state);
    const same =
      lastStatus !== undefined &&
      lastStatus.on === next.on &&
      lastStatus.count === next.count &&
      lastStatus.settled === next.settled &&
      lastStatus.kinds.join() === next.kinds.join();
    if (!same) lastStatus = next;
    return lastStatus ?? next;
  };

  const prompts = new WeakMap<Question, PracticePrompt[]>();
  const prompt = (state: SourceState): PracticePrompt | null => {
    const q = openQuestion(state);
    if (q === undefined) return null;
    const hints = Math.min(
      3,
      eventsOf(state).filter((e) => e.type === 'hint' && e.id === q.id).length,
    );
    let byHints = prompts.get(q);
    if (byHints === undefined) {
      byHints = [];
      prompts.set(q, byHints);
    }
    const questions = plan(state).questions;
    byHints[hints] ??= describeQuestion(
      q,
      hintLadder(q),
      hints,
      questions.indexOf(q) + 1,
      questions.length,
    );
    return byHints[hints] ?? null;
  };

  const neededOf = cache((p: PracticePrompt): ReadonlySet<string> =>
    p.hints >= 1 ? new Set(p.ladder[0].elements) : NONE,
  );

  const scoreOfEvents = pairCache(
    (events: readonly PracticeEvent[], open: readonly Question[]): ScoreSummary => {
      // A question on screen counts as asked even before the student does anything with it.
      const shown: PracticeEvent[] = open.map((q) => ({ type: 'asked', id: q.id, kind: q.kind }));
      return summarizeScore(scoreOf([...events, ...shown]));
    },
  );
  const openLists = pairCache((p: PracticePlan, settled: ReadonlySet<string>) => {
    const byCursor = new Map<number, readonly Question[]>();
    return (cursor: number) => {
      let list = byCursor.get(cursor);
      if (list === undefined) {
        list = openQuestions(p, settled, cursor);
        byCursor.set(cursor, list);
      }
      return list;
    };
  });

  const visibleTrace = (state: SourceState): Trace => {
    const h = hidden(state);
    return h.size === 0
      ? sources.fullTrace(state)
      : maskedTrace(sources.fullTrace(state), plan(state), h);
  };
  const maskedTraces = new WeakMap<Trace, WeakMap<ReadonlySet<string>, Trace>>();
  const maskedTrace = (trace: Trace, p: PracticePlan, h: ReadonlySet<string>): Trace => {
    let byHidden = maskedTraces.get(trace);
    if (byHidden === undefined) {
      byHidden = new WeakMap();
      maskedTraces.set(trace, byHidden);
    }
    let masked = byHidden.get(h);
    if (masked === undefined) {
      masked = maskTrace(trace, p, h);
      byHidden.set(h, masked);
    }
    return masked;
  };
  const maskedAnalysis = pairCache(maskAnalysis);

  const select: PracticeSelectors = {
    practiceStatus: stableStatus,
    practicePrompt: prompt,
    practiceNeeded: (state) => {
      const p = prompt(state);
      return p === null ? NONE : neededOf(p);
    },
    practiceFeedback: (state) => session(state)?.feedback ?? null,
    practiceScore: (state) =>
      scoreOfEvents(
        eventsOf(state),
        openLists(plan(state), answered(state))(practiceCursor(state)),
      ),
    cursorLimit,
    iterationLimit: (state) => {
      const s = status(state);
      return s.on && !s.finished && !SCENE_MODELS[state.scene].walksTrace
        ? 0
        : Number.POSITIVE_INFINITY;
    },
    practiceHoldsAnswers: (state) => hidden(state).size > 0,
    visibleTrace,
    visibleAnalysis: (state) => {
      const analysis = sources.fullAnalysis(state);
      if (SCENE_MODELS[state.scene].scenario !== 'graph') return analysis;
      const h = hidden(state);
      return h.size === 0 ? analysis : maskedAnalysis(analysis, h);
    },
  };
  return { select, internals: { plan, session, answered, openQuestion } };
}
