/**
 * Edge width grows with |w| but saturates, so one huge weight does not swallow the
 * diagram. Sign is carried by colour *and* dash pattern (negative weights are dashed), so
 * colour is never the only carrier of a sign.
 */
export function strokeWidth(w: number): number {
  if (!Number.isFinite(w)) return 1;
  return 1 + 5 * Math.tanh(Math.abs(w) / 2);
}
