/**
 * The mistakes practice can name (DESIGN.md, `data-mistake`), in a file of their own with
 * no imports, so that the live class's protocol (read by the class server too) shares
 * the one list without loading the practice engine.
 */
export const MISTAKE_KINDS = [
  'sign',
  'missing-gain',
  'gain-for-delta',
  'missing-input',
  'input-only',
  'missing-bias',
  'missing-activation',
  'update-sign',
  'missing-eta',
  'missing-upstream',
  'branch-not-sum',
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];
