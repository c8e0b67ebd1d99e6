import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkTrace } from '../network/trace';
import { LECTURE_SCENARIO } from '../network/lecture';
import { isRightAnswer, isRightFor, tookNoStep } from './check';
import { practicePlan, type Question } from './questions';
import { typedAnswer } from './testing/cases';
import { checkAnswer } from './verdict';

describe('the checker', () => {
  it('accepts answers within 1% of the value, on both sides, and refuses the rest', () => {
    // δ₅ of the lecture network.
    const delta = -0.09027732901189876;
    expect(isRightAnswer(delta, -0.0903)).toBe(true);
    expect(isRightAnswer(delta, -0.09)).toBe(true); // 0.31% off
    expect(isRightAnswer(delta, -0.0911)).toBe(true); // 0.91% off
    expect(isRightAnswer(delta, -0.0894)).toBe(true); // 0.97% off
    expect(isRightAnswer(delta, -0.0893)).toBe(false); // 1.08% off
    expect(isRightAnswer(delta, -0.0912)).toBe(false); // 1.02% off
    expect(isRightAnswer(delta, 0.0903)).toBe(false);
  });

  it('counts exactly 1% as within', () => {
    expect(isRightAnswer(1, 0.99)).toBe(true);
    expect(isRightAnswer(1, 1.01)).toBe(true);
    expect(isRightAnswer(-2.5, -2.475)).toBe(true);
    expect(isRightAnswer(1, 0.9899)).toBe(false);
    expect(isRightAnswer(1, 1.0101)).toBe(false);
  });

  it('treats values below 10⁻⁶ as zero: any answer below 10⁻⁶ is right', () => {
    expect(isRightAnswer(0, 0)).toBe(true);
    expect(isRightAnswer(0, 9e-7)).toBe(true);
    expect(isRightAnswer(4e-7, -9e-7)).toBe(true);
    expect(isRightAnswer(-4e-7, 0)).toBe(true);
    expect(isRightAnswer(0, 1e-6)).toBe(false);
    expect(isRightAnswer(0, 0.001)).toBe(false);
    // Just above the threshold the relative rule applies again.
    expect(isRightAnswer(2e-6, 0)).toBe(false);
    expect(isRightAnswer(2e-6, 2.01e-6)).toBe(true);
  });

  it('is never right for a number that is not finite', () => {
    expect(isRightAnswer(1, NaN)).toBe(false);
    expect(isRightAnswer(1, Infinity)).toBe(false);
    expect(isRightAnswer(NaN, NaN)).toBe(false);
    expect(isRightAnswer(Infinity, Infinity)).toBe(false);
  });

  it('always accepts the value rounded to 3 significant digits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.boolean(),
        (size, negative) => {
          const value = negative ? -size : size;
          expect(isRightAnswer(value, Number(value.toPrecision(3)))).toBe(true);
        },
      ),
    );
  });
});

describe('the update rule: the answer must take the step', () => {
  const lectureUpdates = practicePlan(buildNetworkTrace(LECTURE_SCENARIO), ['update']).questions;
  const theta = (q: Question) => (q.formula.form === 'update' ? q.formula.param.value : NaN);

  it('refuses the unchanged θ that the 1% rule alone would accept (9 of the lecture’s 18)', () => {
    expect(lectureUpdates).toHaveLength(18);
    const plainRule = lectureUpdates.filter((q) => isRightAnswer(q.value, theta(q)));
    expect(plainRule).toHaveLength(9);
    for (const q of lectureUpdates) {
      expect([q.id, isRightFor(q, theta(q))]).toEqual([q.id, false]);
      expect([q.id, tookNoStep(q, theta(q))]).toEqual([q.id, true]);
      expect(checkAnswer(q, String(theta(q)))).toMatchObject({
        verdict: 'wrong',
        stepNotTaken: true,
      });
    }
  });

  it('accepts θ′ with the change rounded to two significant digits, and the exact value', () => {
    for (const q of lectureUpdates) {
      expect([q.id, isRightFor(q, q.value)]).toEqual([q.id, true]);
      expect([q.id, checkAnswer(q, typedAnswer(q)).verdict]).toEqual([q.id, 'correct']);
    }
  });

  it('w₅,₃′ = 3 − 0.5·(−0.0780) = 3.039: a change 25% off is the limit', () => {
    const q = lectureUpdates.find((x) => x.id === 'wNext:2:0:0');
    if (q === undefined) throw new Error('no question wNext:2:0:0');
    const change = q.value - 3;
    expect(change).toBeCloseTo(0.039, 3);
    expect(isRightFor(q, 3 + change * 1.24)).toBe(true);
    expect(isRightFor(q, 3 + change * 0.76)).toBe(true);
    expect(isRightFor(q, 3 + change * 1.26)).toBe(false);
    expect(isRightFor(q, 3 + change * 0.74)).toBe(false);
    expect(tookNoStep(q, 3 + change * 0.74)).toBe(false);
    expect(tookNoStep(q, 3 + change * 0.2)).toBe(true);
  });

  it('keeps the plain rule when the step is 0 and for every other kind of value', () => {
    const still = lectureUpdates[0];
    if (still === undefined || still.formula.form !== 'update') throw new Error('no update');
    const zeroStep = {
      ...still,
      formula: { ...still.formula, grad: { ...still.formula.grad, value: 0 } },
      value: theta(still),
    };
    expect(isRightFor(zeroStep, theta(still))).toBe(true);
    expect(tookNoStep(zeroStep, theta(still))).toBe(false);
    const z = practicePlan(buildNetworkTrace(LECTURE_SCENARIO), ['z']).questions[0];
    if (z === undefined) throw new Error('no z');
    expect(isRightFor(z, 4.04)).toBe(true);
    expect(tookNoStep(z, 4)).toBe(false);
  });

  it('always accepts θ′ typed with two significant digits of its change', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 1e-4, max: 2, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }).filter((g) => Math.abs(g) > 1e-3),
        (param, eta, grad) => {
          const formula = {
            form: 'update' as const,
            param: { symbol: 'w', value: param },
            eta: { symbol: '\\eta', value: eta },
            grad: { symbol: 'g', value: grad },
          };
          const q = { formula, value: param - eta * grad };
          expect(checkAnswer(q, typedAnswer(q)).verdict).toBe('correct');
          expect(isRightFor(q, param)).toBe(false);
        },
      ),
    );
  });
});
