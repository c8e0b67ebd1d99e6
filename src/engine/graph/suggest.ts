import { FUNCTION_NAMES, type FunctionName } from './ast';

/** Common names from other notations that are too far from ours for edit distance. */
const ALIASES: ReadonlyMap<string, FunctionName> = new Map<string, FunctionName>([
  ['ln', 'log'],
  ['logistic', 'sigmoid'],
  ['sigma', 'sigmoid'],
]);

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
 * two neighbours each cost 1, so the typo `sigmod` is 1 away from `sigmoid`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The function a mistyped name most likely meant, or `undefined`.
 *
 * Case is ignored (`Exp` → `exp`). A name may be at most 2 edits away, and at most half
 * its own length, so that one- or two-letter names are not "corrected" into anything.
 */
export function suggestFunction(name: string): FunctionName | undefined {
  const lower = name.toLowerCase();
  const alias = ALIASES.get(lower);
  if (alias !== undefined) return alias;
  if (name.length > 32) return undefined;
  const limit = Math.min(2, Math.floor(lower.length / 2));
  let best: FunctionName | undefined;
  let bestDistance = limit + 1;
  for (const candidate of FUNCTION_NAMES) {
    const d = editDistance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
