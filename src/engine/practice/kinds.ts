/**
 * The kinds of value a practice session can ask, per scene, and how a link names them
 * (`practice=1` for every kind, or `practice=z,a,delta,grad,update`; graph scene:
 * `practice=value,grad`).
 */

/** Kinds asked in the network scene: z, a = σ(z), δ = ∂C/∂z, ∂C/∂w and ∂C/∂b, the update. */
export const NETWORK_PRACTICE_KINDS = ['z', 'a', 'delta', 'grad', 'update'] as const;
/** Kinds asked in the graph scene: a gate's value, a node's gradient ∂f/∂node. */
export const GRAPH_PRACTICE_KINDS = ['value', 'grad'] as const;

export type NetworkPracticeKind = (typeof NETWORK_PRACTICE_KINDS)[number];
export type GraphPracticeKind = (typeof GRAPH_PRACTICE_KINDS)[number];
/** Every kind of value a question can be about (`grad` is shared by both scenes). */
export type PracticeKind = NetworkPracticeKind | GraphPracticeKind;

/** Every kind once, in the order summaries list them. */
export const PRACTICE_KINDS: readonly PracticeKind[] = [
  'z',
  'a',
  'delta',
  'grad',
  'update',
  'value',
];

/** The scenes with a practice mode; the gradient-descent scene uses the network's `update`. */
export type PracticeScene = 'network' | 'graph';

/**
 * The kinds a scene can ask, in their canonical order; without a scene, every kind (a link's
 * `practice=` is read before its scene is known, and one setting serves every scene).
 */
export function practiceKindsOf(scene?: PracticeScene): readonly PracticeKind[] {
  if (scene === undefined) return PRACTICE_KINDS;
  return scene === 'network' ? NETWORK_PRACTICE_KINDS : GRAPH_PRACTICE_KINDS;
}

/** Why a `practice=` value was refused. */
export type PracticeKindsErrorCode = 'empty' | 'unknown-kind';

export type PracticeKindsResult =
  | { readonly ok: true; readonly kinds: readonly PracticeKind[] }
  | {
      readonly ok: false;
      readonly code: PracticeKindsErrorCode;
      /** The offending name (cut to 40 characters), for `unknown-kind`. */
      readonly params: Readonly<Record<string, string>>;
    };

/**
 * Reads a link's `practice=` value for `scene` (or, without one, for any scene). `1` (or
 * `all`) means every kind of the scene; otherwise a comma-separated list of kinds, in any order and case, with repeats
 * and spaces ignored. The result is in canonical order, so that the link written back is
 * the same whatever order the teacher typed. Never throws.
 */
export function readPracticeKinds(text: string, scene?: PracticeScene): PracticeKindsResult {
  const allowed = practiceKindsOf(scene);
  const names = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (names.length === 0) return { ok: false, code: 'empty', params: {} };
  if (names.length === 1 && (names[0] === '1' || names[0] === 'all'))
    return { ok: true, kinds: allowed };
  const chosen = new Set<string>();
  for (const name of names) {
    if (!allowed.some((kind) => kind === name)) {
      return { ok: false, code: 'unknown-kind', params: { name: name.slice(0, 40) } };
    }
    chosen.add(name);
  }
  return { ok: true, kinds: allowed.filter((kind) => chosen.has(kind)) };
}

/**
 * The `practice=` value for `kinds`: `1` when they are all of the scene's kinds (without a
 * scene: all kinds).
 */
export function writePracticeKinds(kinds: readonly PracticeKind[], scene?: PracticeScene): string {
  const allowed = practiceKindsOf(scene);
  const chosen = allowed.filter((kind) => kinds.includes(kind));
  return chosen.length === allowed.length ? '1' : chosen.join(',');
}
