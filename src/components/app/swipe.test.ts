import { describe, expect, it } from 'vitest';
import { SWIPE, swipeStep } from './swipe';

const at = (x: number, y: number, time = 0) => ({ x, y, time });

describe('swipeStep', () => {
  it('steps on for a swipe to the left and back for one to the right', () => {
    expect(swipeStep(at(300, 400), at(200, 410, 200))).toBe(1);
    expect(swipeStep(at(100, 400), at(220, 390, 250))).toBe(-1);
  });

  it('ignores taps, short strokes and scrolling up or down', () => {
    expect(swipeStep(at(200, 400), at(202, 401, 80))).toBe(0);
    expect(swipeStep(at(200, 400), at(200 - SWIPE.minDistance + 1, 400, 100))).toBe(0);
    expect(swipeStep(at(200, 600), at(190, 300, 300))).toBe(0);
  });

  it('ignores diagonals and slow drags', () => {
    expect(swipeStep(at(300, 400), at(200, 340, 200))).toBe(0);
    expect(swipeStep(at(300, 400), at(150, 400, SWIPE.maxDuration + 1))).toBe(0);
  });

  it('takes a stroke exactly at the thresholds', () => {
    const dy = SWIPE.minDistance / SWIPE.minRatio - 0.01;
    expect(swipeStep(at(300, 400), at(300 - SWIPE.minDistance, 400 + dy, SWIPE.maxDuration))).toBe(
      1,
    );
  });
});
