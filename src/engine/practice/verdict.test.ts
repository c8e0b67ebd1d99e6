import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import { networkQuestions } from './testing/cases';
import { checkAnswer } from './verdict';

describe('checking what a student typed', () => {
  const delta5 = networkQuestions(LECTURE_SCENARIO).find((q) => q.id === 'delta:3:0');
  if (delta5 === undefined) throw new Error('no question delta:3:0');

  it('reads a Chinese IME’s full-width digits and minus, and the typographic minus', () => {
    expect(checkAnswer(delta5, '－０．０９０３')).toEqual({ verdict: 'correct', answer: -0.0903 });
    expect(checkAnswer(delta5, '\u22120.0903')).toEqual({ verdict: 'correct', answer: -0.0903 });
    expect(checkAnswer(delta5, '-9.03×10⁻²')).toEqual({ verdict: 'correct', answer: -0.0903 });
    expect(checkAnswer(delta5, '-0,0903')).toEqual({ verdict: 'correct', answer: -0.0903 });
  });

  it('refuses what is not one number with the app’s own reasons (1,000 is ambiguous)', () => {
    expect(checkAnswer(delta5, '1,000')).toMatchObject({
      verdict: 'invalid',
      problem: { code: 'ambiguous-comma', params: { whole: '1000', decimal: '1.0' } },
    });
    expect(checkAnswer(delta5, '')).toMatchObject({
      verdict: 'invalid',
      problem: { code: 'empty' },
    });
    expect(checkAnswer(delta5, 'abc')).toMatchObject({
      verdict: 'invalid',
      problem: { code: 'not-a-number' },
    });
    expect(checkAnswer(delta5, '1e999')).toMatchObject({
      verdict: 'invalid',
      problem: { code: 'too-large' },
    });
  });

  it('names the mistake a wrong number looks like', () => {
    expect(checkAnswer(delta5, '0.0903')).toMatchObject({ verdict: 'wrong', mistake: 'sign' });
    expect(checkAnswer(delta5, '-0.383')).toMatchObject({
      verdict: 'wrong',
      mistake: 'missing-gain',
    });
    expect(checkAnswer(delta5, '42')).toEqual({ verdict: 'wrong', answer: 42, mistake: undefined });
  });
});
