import { assertNever } from '../../lib/assertNever';
import type { PracticeKind } from './kinds';
import type { MistakeKind } from './mistakes';

/**
 * The score of a practice session, as a pure reducer over what the student did. The
 * store keeps the events' result (or the events themselves, for a replay); the summary
 * is derived.
 */
export type PracticeEvent =
  /** A question came on screen. */
  | { readonly type: 'asked'; readonly id: string; readonly kind: PracticeKind }
  /** The student opened a rung of the hint ladder. */
  | { readonly type: 'hint'; readonly id: string }
  /** The student checked an answer. `invalid` (not a number) is not counted as wrong. */
  | {
      readonly type: 'attempt';
      readonly id: string;
      readonly verdict: 'correct' | 'wrong' | 'invalid';
      readonly mistake?: MistakeKind;
    }
  /** "Show me": the answer is shown and the question counts as not solved. */
  | { readonly type: 'revealed'; readonly id: string };

export type QuestionOutcome = 'open' | 'correct' | 'revealed';

export interface QuestionScore {
  readonly kind: PracticeKind;
  readonly outcome: QuestionOutcome;
  /** Wrong answers before the outcome. */
  readonly wrong: number;
  /** Whether a hint was opened before the outcome. */
  readonly hinted: boolean;
  readonly mistakes: readonly MistakeKind[];
}

/** Per question id, in the order they were asked. */
export interface PracticeScore {
  readonly questions: ReadonlyMap<string, QuestionScore>;
}

export const EMPTY_SCORE: PracticeScore = { questions: new Map() };

/**
 * One event applied. Events about a question that was never asked, or that is already
 * settled (right, or revealed), change nothing: replaying them is harmless.
 */
export function scoreReducer(score: PracticeScore, event: PracticeEvent): PracticeScore {
  const current = score.questions.get(event.id);
  if (event.type === 'asked') {
    if (current !== undefined) return score;
    return put(score, event.id, {
      kind: event.kind,
      outcome: 'open',
      wrong: 0,
      hinted: false,
      mistakes: [],
    });
  }
  if (current === undefined || current.outcome !== 'open') return score;
  switch (event.type) {
    case 'hint':
      return current.hinted ? score : put(score, event.id, { ...current, hinted: true });
    case 'revealed':
      return put(score, event.id, { ...current, outcome: 'revealed' });
    case 'attempt':
      if (event.verdict === 'invalid') return score;
      if (event.verdict === 'correct')
        return put(score, event.id, { ...current, outcome: 'correct' });
      return put(score, event.id, {
        ...current,
        wrong: current.wrong + 1,
        mistakes:
          event.mistake === undefined ? current.mistakes : [...current.mistakes, event.mistake],
      });
    default:
      return assertNever(event);
  }
}

function put(score: PracticeScore, id: string, entry: QuestionScore): PracticeScore {
  const questions = new Map(score.questions);
  questions.set(id, entry);
  return { questions };
}

/** The score of a whole list of events. */
export function scoreOf(events: Iterable<PracticeEvent>): PracticeScore {
  let score = EMPTY_SCORE;
  for (const event of events) score = scoreReducer(score, event);
  return score;
}

/**
 * Counts of one group of questions. Every asked question is in exactly one of
 * `correct` (right at the first try, no hint), `hinted` (right after opening a hint),
 * `retried` (right after a wrong answer, without a hint), `revealed` and `open`.
 */
export interface ScoreCounts {
  readonly asked: number;
  readonly correct: number;
  readonly hinted: number;
  readonly retried: number;
  readonly revealed: number;
  readonly open: number;
  /** Wrong answers in all. */
  readonly wrong: number;
}

export interface ScoreSummary {
  readonly total: ScoreCounts;
  readonly byKind: Readonly<Record<PracticeKind, ScoreCounts>>;
  /** How often each mistake was named. */
  readonly mistakes: Readonly<Record<MistakeKind, number>>;
}

const ZERO: ScoreCounts = {
  asked: 0,
  correct: 0,
  hinted: 0,
  retried: 0,
  revealed: 0,
  open: 0,
  wrong: 0,
};

function bucketOf(q: QuestionScore): 'correct' | 'hinted' | 'retried' | 'revealed' | 'open' {
  if (q.outcome !== 'correct') return q.outcome;
  return q.hinted ? 'hinted' : q.wrong > 0 ? 'retried' : 'correct';
}

function add(counts: ScoreCounts, q: QuestionScore): ScoreCounts {
  const bucket = bucketOf(q);
  return {
    ...counts,
    asked: counts.asked + 1,
    [bucket]: counts[bucket] + 1,
    wrong: counts.wrong + q.wrong,
  };
}

/** The summary a student copies and a teacher reads: in all, per kind, and per mistake. */
export function summarizeScore(score: PracticeScore): ScoreSummary {
  const byKind: Record<PracticeKind, ScoreCounts> = {
    z: ZERO,
    a: ZERO,
    delta: ZERO,
    grad: ZERO,
    update: ZERO,
    value: ZERO,
  };
  const mistakes: Record<MistakeKind, number> = {
    sign: 0,
    'missing-gain': 0,
    'gain-for-delta': 0,
    'missing-input': 0,
    'input-only': 0,
    'missing-bias': 0,
    'missing-activation': 0,
    'update-sign': 0,
    'missing-eta': 0,
    'missing-upstream': 0,
    'branch-not-sum': 0,
  };
  let total = ZERO;
  for (const q of score.questions.values()) {
    total = add(total, q);
    byKind[q.kind] = add(byKind[q.kind], q);
    for (const m of q.mistakes) mistakes[m] += 1;
  }
  return { total, byKind, mistakes };
}
