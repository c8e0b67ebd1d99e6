/**
 * What a press on the plane is, by how far it travels and how long it is held: a tap (adds
 * a point, or removes one with the eraser), a drag (moves the point pressed), or, for a
 * finger held still on a point, a long press (removes it: a phone has no Shift-click).
 * Pure, so the thresholds are tested without a browser.
 */

/** How the press was made: a finger, or a mouse or pen (precise, with Shift at hand). */
export type PressKind = 'mouse' | 'touch';

/** How near (CSS pixels) a press must be to a point to take it, by mouse and by finger. */
export const HIT_PX: Readonly<Record<PressKind, number>> = { mouse: 9, touch: 16 };

/** How far (CSS pixels) a press must travel to be a drag: a tap that moves less adds or removes. */
export const DRAG_PX: Readonly<Record<PressKind, number>> = { mouse: 4, touch: 10 };

/**
 * A finger held this long (ms) on a point without becoming a drag removes it, as a long
 * press does on phones. The slop is the drag threshold, so every press is exactly one of
 * tap, drag and long press.
 */
export const LONG_PRESS_MS = 500;

/** The kind of a pointer event's `pointerType` (a pen is as precise as a mouse). */
export function pressKindOf(pointerType: string): PressKind {
  return pointerType === 'touch' ? 'touch' : 'mouse';
}

/** Whether a press travelled far enough from where it started to be a drag. */
export function isDrag(kind: PressKind, dx: number, dy: number): boolean {
  return Math.hypot(dx, dy) >= DRAG_PX[kind];
}

/**
 * Whether a press can become a long press: a finger on a point, with the add tool (the
 * eraser's tap already removes). A mouse or pen press never does: it keeps its drag.
 */
export function canLongPress(kind: PressKind, onPoint: boolean, erasing: boolean): boolean {
  return kind === 'touch' && onPoint && !erasing;
}

/** A press that can become a long press, as it is now. */
export interface Hold {
  /** When it started (ms, any clock, as `now`). */
  readonly since: number;
  /** How far it has travelled from where it started (CSS pixels). */
  readonly dx: number;
  readonly dy: number;
}

/** Whether a hold is a long press at `now`: held long enough, and never moved into a drag. */
export function isLongPress(hold: Hold, now: number): boolean {
  return now - hold.since >= LONG_PRESS_MS && !isDrag('touch', hold.dx, hold.dy);
}
