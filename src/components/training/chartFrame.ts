/**
 * Margins of the scene's charts: room for the left axis's numbers (its title sits above it,
 * level, so it never collides with them) and for the bottom axis with its title.
 */
export const MARGIN = { top: 24, right: 16, bottom: 40, left: 70 } as const;

/** The inner drawing box of a chart of this outer size. */
export function innerBox(width: number, height: number) {
  return {
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 40, width - MARGIN.right),
    top: MARGIN.top,
    bottom: Math.max(MARGIN.top + 40, height - MARGIN.bottom),
  };
}

/**
 * A pixel coordinate kept within ±10⁴: a diverging run can put values 10³⁰⁰ away, and
 * browsers reject path data that large. Anything that far out is clipped anyway.
 */
export function px(value: number): number {
  return Number.isNaN(value) ? 0 : Math.max(-1e4, Math.min(1e4, value));
}
