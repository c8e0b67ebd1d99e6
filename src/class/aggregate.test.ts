import { describe, expect, it } from 'vitest';
import { aggregateAnswers, MAX_BINS, withinOnePercent } from './aggregate';
import type { RecordedAnswer } from './protocol';

const answer = (
  value: number,
  mistake?: RecordedAnswer['mistake'],
  prompt = 'p1',
): RecordedAnswer => (mistake === undefined ? { prompt, value } : { prompt, value, mistake });

describe('aggregateAnswers', () => {
  it('counts the answers to the prompt, the share right, and names the mistakes', () => {
    // δ = 0.2 in truth; 13 students: 7 right (within 1%), 4 forgot the gain (0.8), 1 sign, 1 stray.
    const answers = [
      ...[0.2, 0.2, 0.2, 0.201, 0.199, 0.2, 0.2].map((v) => answer(v)),
      ...[0.8, 0.8, 0.8, 0.8].map((v) => answer(v, 'missing-gain')),
      answer(-0.2, 'sign'),
      answer(3),
      answer(0.2, undefined, 'p0'),
    ];
    const result = aggregateAnswers(answers, 'p1', withinOnePercent(0.2));
    expect(result).toEqual({
      promptId: 'p1',
      answered: 13,
      correct: 7,
      shareCorrect: 7 / 13,
      bins: [
        { value: 0.2, count: 7, correct: true, mistake: null },
        { value: 0.8, count: 4, correct: false, mistake: 'missing-gain' },
        { value: -0.2, count: 1, correct: false, mistake: 'sign' },
        { value: 3, count: 1, correct: false, mistake: null },
      ],
      other: 0,
      mistakes: [
        { mistake: 'missing-gain', count: 4, share: 4 / 13 },
        { mistake: 'sign', count: 1, share: 1 / 13 },
      ],
    });
  });

  it('never counts a right answer as a mistake, whatever its device said', () => {
    const result = aggregateAnswers([answer(0.2, 'sign')], 'p1', withinOnePercent(0.2));
    expect(result.correct).toBe(1);
    expect(result.mistakes).toEqual([]);
    expect(result.bins).toEqual([{ value: 0.2, count: 1, correct: true, mistake: null }]);
  });

  it('groups unrecognised wrong answers by 3 significant digits and keeps the largest bars', () => {
    const answers = [
      answer(1.2341),
      answer(1.2349),
      ...Array.from({ length: 20 }, (_, i) => answer(10 + i)),
    ];
    const result = aggregateAnswers(answers, 'p1', () => false);
    expect(result.bins[0]).toEqual({ value: 1.2341, count: 2, correct: false, mistake: null });
    expect(result.bins).toHaveLength(MAX_BINS);
    expect(result.other).toBe(22 - 2 - (MAX_BINS - 1));
  });

  it('is empty, with a share of 0, before anyone answers', () => {
    expect(aggregateAnswers([], 'p1', () => true)).toEqual({
      promptId: 'p1',
      answered: 0,
      correct: 0,
      shareCorrect: 0,
      bins: [],
      other: 0,
      mistakes: [],
    });
  });
});

describe('withinOnePercent', () => {
  it('is the practice rule: 1% relative, and near zero any tiny answer', () => {
    const right = withinOnePercent(1);
    expect([right(0.99), right(1.01), right(0.9899), right(-1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const zero = withinOnePercent(1e-7);
    expect([zero(0), zero(-9e-7), zero(2e-6)]).toEqual([true, true, false]);
    expect(withinOnePercent(1)(Number.NaN)).toBe(false);
  });
});
