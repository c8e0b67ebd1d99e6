import { keys } from './ids';
import type { NetworkScenario, Sample } from './types';

/** The quantities a network trace holds, by the first part of their key (see `keys`). */
const ARITY = {
  a: 2,
  y: 1,
  w: 3,
  b: 2,
  z: 2,
  loss: 0,
  dCda: 2,
  gain: 2,
  delta: 2,
  dW: 3,
  db: 2,
  dLdW: 3,
  dLdb: 2,
  wNext: 3,
  bNext: 2,
} as const;
export type QuantityKind = keyof typeof ARITY;

/** A quantity key read back: its kind and its numbers, in the key's order (0 where absent). */
export interface QuantityKey {
  readonly kind: QuantityKind;
  readonly at: readonly [number, number, number];
}

const isKind = (name: string): name is QuantityKind => Object.hasOwn(ARITY, name);

/** Reads a key written by `keys`; undefined for anything it does not write. */
export function readKey(key: string): QuantityKey | undefined {
  const parts = key.split(':');
  const [name = '', ...numbers] = parts;
  if (!isKind(name) || numbers.length !== ARITY[name]) return undefined;
  const at: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < numbers.length; i++) {
    const text = numbers[i] ?? '';
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || String(n) !== text) return undefined;
    at[i] = n;
  }
  return { kind: name, at };
}

/**
 * Every key of the trace's values in the order the eager builder adds them (`values`:
 * first the inputs, targets and parameters, which no step reveals), or only those a step
 * reveals, in step order (`revealed`).
 */
export function* quantityKeys(
  scenario: NetworkScenario,
  example: Sample,
  which: 'values' | 'revealed',
): Generator<string, undefined> {
  const { layers, weights, biases } = scenario;
  const L = layers.length - 1;
  const size = (l: number) => layers[l] ?? 0;
  if (which === 'values') {
    for (let k = 0; k < example.x.length; k++) yield keys.a(0, k);
    for (let j = 0; j < example.y.length; j++) yield keys.y(j);
    for (let l = 0; l < weights.length; l++) {
      const W = weights[l] ?? [];
      for (let j = 0; j < W.length; j++)
        for (let k = 0; k < (W[j]?.length ?? 0); k++) yield keys.w(l, k, j);
    }
    for (let l = 0; l < biases.length; l++)
      for (let j = 0; j < (biases[l]?.length ?? 0); j++) yield keys.b(l + 1, j);
  }
  for (let l = 1; l <= L; l++)
    for (let j = 0; j < size(l); j++) {
      yield keys.z(l, j);
      yield keys.a(l, j);
    }
  yield keys.loss;
  for (let l = L; l >= 1; l--)
    for (let j = 0; j < size(l); j++) {
      yield keys.dCda(l, j);
      yield keys.gain(l, j);
      yield keys.delta(l, j);
    }
  for (let l = 1; l <= L; l++)
    for (let j = 0; j < size(l); j++) {
      for (let k = 0; k < size(l - 1); k++) yield keys.dW(l - 1, k, j);
      yield keys.db(l, j);
    }
  for (let l = 1; l <= L; l++)
    for (let j = 0; j < size(l); j++) {
      for (let k = 0; k < size(l - 1); k++) {
        yield keys.dLdW(l - 1, k, j);
        yield keys.wNext(l - 1, k, j);
      }
      yield keys.dLdb(l, j);
      yield keys.bNext(l, j);
    }
  return undefined;
}
