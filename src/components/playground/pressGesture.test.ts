import { describe, expect, it } from 'vitest';
import {
  canLongPress,
  DRAG_PX,
  isDrag,
  isLongPress,
  LONG_PRESS_MS,
  pressKindOf,
} from './pressGesture';

describe('press gestures on the plane', () => {
  it('count a pen as precise as a mouse, only a finger as touch', () => {
    expect(pressKindOf('touch')).toBe('touch');
    expect(pressKindOf('pen')).toBe('mouse');
    expect(pressKindOf('mouse')).toBe('mouse');
  });

  it('make a drag of a press that travels the drag threshold, not less', () => {
    expect(isDrag('touch', 6, 7.9)).toBe(false); // 9.9 px
    expect(isDrag('touch', 6, 8)).toBe(true); // 10 px
    expect(isDrag('mouse', 3.9, 0)).toBe(false);
    expect(isDrag('mouse', 0, -4)).toBe(true);
  });

  it('let only a finger on a point, with the add tool, become a long press', () => {
    expect(canLongPress('touch', true, false)).toBe(true);
    expect(canLongPress('touch', false, false)).toBe(false);
    expect(canLongPress('touch', true, true)).toBe(false);
    expect(canLongPress('mouse', true, false)).toBe(false);
  });

  it('remove after 500 ms held within a few pixels, never earlier or after a drag', () => {
    const since = 1000;
    expect(LONG_PRESS_MS).toBe(500);
    expect(isLongPress({ since, dx: 0, dy: 0 }, since + 499)).toBe(false);
    expect(isLongPress({ since, dx: 0, dy: 0 }, since + 500)).toBe(true);
    expect(isLongPress({ since, dx: 5, dy: -5 }, since + 800)).toBe(true); // 7.1 px: a jitter
    expect(isLongPress({ since, dx: DRAG_PX.touch, dy: 0 }, since + 800)).toBe(false);
  });
});
