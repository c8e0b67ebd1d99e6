import { LIMITS, type NetworkScenario, type Sample } from '../../engine';

/**
 * Pure edits of the training examples. Each returns a new scenario (or the same one when
 * the edit is not possible), ready for the store's undoable `editNetwork`.
 */

/** Which vector of an example a table cell belongs to. */
export type SampleField = 'x' | 'y';

export function setSampleValue(
  s: NetworkScenario,
  n: number,
  field: SampleField,
  i: number,
  value: number,
): NetworkScenario {
  const example = s.samples[n];
  if (example === undefined || i < 0 || i >= example[field].length) return s;
  const vector = example[field].map((v, k) => (k === i ? value : v));
  const changed: Sample = { ...example, [field]: vector };
  return { ...s, samples: s.samples.map((e, k) => (k === n ? changed : e)) };
}

/** Adds an example after the last one: a copy of it, so the new row starts valid. */
export function addSample(s: NetworkScenario): NetworkScenario {
  const last = s.samples.at(-1);
  if (last === undefined || s.samples.length >= LIMITS.maxSamples) return s;
  return { ...s, samples: [...s.samples, { x: last.x.slice(), y: last.y.slice() }] };
}

/** Removes example n; the last remaining example cannot be removed. */
export function removeSample(s: NetworkScenario, n: number): NetworkScenario {
  if (s.samples.length <= 1 || n < 0 || n >= s.samples.length) return s;
  return { ...s, samples: s.samples.filter((_, k) => k !== n) };
}
