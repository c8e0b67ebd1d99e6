import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRightAnswer } from './check';

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
