/**
 * What the teacher's screen shows of the class's answers to one prompt: how many answered,
 * the share that is right, and a histogram of the answers in which each recognised mistake
 * is named ("31% forgot the op-amp gain"). A pure function of the recorded answers.
 */
import type { MistakeCode, RecordedAnswer } from './protocol';

/** Decides whether an answer is right (the practice mode's rule, given by the caller). */
export type AnswerJudge = (value: number) => boolean;

/** One bar of the histogram. */
export interface AnswerBin {
  /** The answer this bar stands for: the most frequent value among its answers. */
  readonly value: number;
  readonly count: number;
  readonly correct: boolean;
  /** The recognised mistake these answers share, or null for right or unrecognised ones. */
  readonly mistake: MistakeCode | null;
}

/** How many made one recognised mistake. */
export interface MistakeShare {
  readonly mistake: MistakeCode;
  readonly count: number;
  /** count / answered. */
  readonly share: number;
}

export interface AnswerAggregate {
  readonly promptId: string;
  readonly answered: number;
  readonly correct: number;
  /** correct / answered; 0 while nobody has answered. */
  readonly shareCorrect: number;
  /** Right answers first, then by count (largest first), then by value. */
  readonly bins: readonly AnswerBin[];
  /** How many answers fell outside the {@link MAX_BINS} largest bars. */
  readonly other: number;
  /** Recognised mistakes, most frequent first. */
  readonly mistakes: readonly MistakeShare[];
}

/** The most bars the histogram keeps; the rest are counted in `other`. */
export const MAX_BINS = 12;

/** Wrong answers without a recognised mistake are grouped by their first 3 significant digits. */
const binKey = (answer: RecordedAnswer, correct: boolean): string =>
  correct
    ? 'correct'
    : answer.mistake !== undefined
      ? `mistake:${answer.mistake}`
      : `value:${answer.value.toPrecision(3)}`;

/** The most frequent value (the smallest among equally frequent ones). */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = Number.NaN;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Aggregates the answers to `promptId` (answers to any other prompt are ignored), judging
 * each with `isRight`. A right answer is never counted as a mistake, whatever code its
 * device sent.
 */
export function aggregateAnswers(
  answers: Iterable<RecordedAnswer>,
  promptId: string,
  isRight: AnswerJudge,
): AnswerAggregate {
  const groups = new Map<
    string,
    { values: number[]; correct: boolean; mistake: MistakeCode | null }
  >();
  const mistakeCounts = new Map<MistakeCode, number>();
  let answered = 0;
  let correct = 0;
  for (const answer of answers) {
    if (answer.prompt !== promptId) continue;
    answered += 1;
    const right = isRight(answer.value);
    if (right) correct += 1;
    const mistake = right ? null : (answer.mistake ?? null);
    if (mistake !== null) mistakeCounts.set(mistake, (mistakeCounts.get(mistake) ?? 0) + 1);
    const key = binKey(answer, right);
    const group = groups.get(key) ?? { values: [], correct: right, mistake };
    group.values.push(answer.value);
    groups.set(key, group);
  }
  const bins = [...groups.values()]
    .map((group) => ({
      value: mode(group.values),
      count: group.values.length,
      correct: group.correct,
      mistake: group.mistake,
    }))
    .sort(
      (a, b) => Number(b.correct) - Number(a.correct) || b.count - a.count || a.value - b.value,
    );
  const kept = bins.slice(0, MAX_BINS);
  const mistakes = [...mistakeCounts]
    .map(([mistake, count]) => ({ mistake, count, share: count / answered }))
    .sort((a, b) => b.count - a.count || a.mistake.localeCompare(b.mistake));
  return {
    promptId,
    answered,
    correct,
    shareCorrect: answered === 0 ? 0 : correct / answered,
    bins: kept,
    other: bins.slice(MAX_BINS).reduce((sum, bin) => sum + bin.count, 0),
    mistakes,
  };
}

/**
 * The practice mode's rule (DESIGN.md): right within 1% of the true value, relative; for a
 * true value below 10⁻⁶ in magnitude, any answer below 10⁻⁶. The app may pass the practice
 * engine's own judge instead; this one is the default of the teacher's handle.
 */
export function withinOnePercent(truth: number): AnswerJudge {
  return (value) => {
    if (!Number.isFinite(truth) || !Number.isFinite(value)) return false;
    if (Math.abs(truth) < 1e-6) return Math.abs(value) < 1e-6;
    return Math.abs(value - truth) <= 0.01 * Math.abs(truth) * (1 + 1e-9);
  };
}
