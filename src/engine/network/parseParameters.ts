import { IssueList, checkKeys, found, foundEnglish, isRecord, readVector } from '../validate';
import { LIMITS, type Loss, type Matrix, type Sample } from './types';

/**
 * Readers for a network scenario's weights, biases and samples. With the layers known,
 * every shape is checked against them. Without (the layers are themselves wrong), each
 * field is still checked as far as it can be judged alone: lists where lists belong,
 * rectangular matrices, finite numbers. Either way every problem is reported.
 */

/** Reads `weights`; `layers` undefined checks what can be checked without them. */
export function readWeights(
  value: unknown,
  layers: readonly number[] | undefined,
  list: IssueList,
): Matrix[] | undefined {
  const expected = layers === undefined ? undefined : layers.length - 1;
  if (!Array.isArray(value) || (expected !== undefined && value.length !== expected)) {
    const shown = found(value);
    const english = foundEnglish(value);
    if (expected === undefined)
      list.add('weights', 'not-a-list', `must be a list of matrices, found ${english}`, shown);
    else
      list.add(
        'weights',
        'weights-shape',
        `must hold one weight matrix between each pair of adjacent layers, ${expected} in all; found ${english}`,
        { expected, ...shown },
      );
    return undefined;
  }
  const out: Matrix[] = [];
  for (let l = 0; l < value.length && !list.full; l++) {
    const matrix = readMatrix(value[l] as unknown, l, layers, list);
    if (matrix !== undefined) out.push(matrix);
  }
  return out.length === value.length ? out : undefined;
}

function readMatrix(
  rows: unknown,
  l: number,
  layers: readonly number[] | undefined,
  list: IssueList,
): Matrix | undefined {
  const path = `weights[${l}]`;
  const fanOut = layers?.[l + 1];
  const fanIn = layers?.[l];
  if (!Array.isArray(rows) || (fanOut !== undefined && rows.length !== fanOut)) {
    const shown = found(rows);
    const english = foundEnglish(rows);
    if (fanOut === undefined || fanIn === undefined)
      list.add(path, 'not-a-list', `must be a matrix (a list of rows), found ${english}`, shown);
    else
      list.add(
        path,
        'matrix-rows',
        `must have one row per neuron of layer ${l + 1} (${fanOut} in all), each of ${fanIn} weights (one per neuron of layer ${l}); found ${english}`,
        { rows: fanOut, columns: fanIn, layer: l + 1, ...shown },
      );
    return undefined;
  }
  // Without layers, a matrix must still be rectangular: every row as long as the first.
  const first: unknown = rows[0];
  const width = fanIn ?? (Array.isArray(first) ? first.length : undefined);
  const matrix = rows.map((row, j) => readVector(row, width, `${path}[${j}]`, list));
  return matrix.every((r) => r !== undefined) ? (matrix as number[][]) : undefined;
}

/** Reads `biases`; without layers, one vector per weight matrix when those are known. */
export function readBiases(
  value: unknown,
  layers: readonly number[] | undefined,
  matrices: number | undefined,
  list: IssueList,
): Matrix | undefined {
  const expected = layers === undefined ? matrices : layers.length - 1;
  if (!Array.isArray(value) || (expected !== undefined && value.length !== expected)) {
    const shown = found(value);
    const english = foundEnglish(value);
    if (expected === undefined)
      list.add('biases', 'not-a-list', `must be a list of vectors, found ${english}`, shown);
    else
      list.add(
        'biases',
        'biases-shape',
        `must hold one bias vector per non-input layer, ${expected} in all; found ${english}`,
        { expected, ...shown },
      );
    return undefined;
  }
  const out = value.map((v, l) => readVector(v, layers?.[l + 1], `biases[${l}]`, list));
  return out.every((v) => v !== undefined) ? (out as number[][]) : undefined;
}

/** Reads `samples`; without layers, each x and y is checked for numbers only. */
export function readSamples(
  value: unknown,
  layers: readonly number[] | undefined,
  loss: Loss | undefined,
  list: IssueList,
): Sample[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.maxSamples) {
    const shown = found(value);
    const english = foundEnglish(value);
    list.add(
      'samples',
      'sample-count',
      `must hold from 1 to ${LIMITS.maxSamples} training examples {"x": [...], "y": [...]}; found ${english}`,
      { max: LIMITS.maxSamples, ...shown },
    );
    return undefined;
  }
  const inputs = layers?.[0];
  const outputs = layers?.[layers.length - 1];
  const out: Sample[] = [];
  for (let n = 0; n < value.length && !list.full; n++) {
    const s = value[n] as unknown;
    const path = `samples[${n}]`;
    if (!isRecord(s)) {
      const message = `must be an object {"x": [...], "y": [...]}, found ${foundEnglish(s)}`;
      list.add(path, 'not-a-sample', message, found(s));
      continue;
    }
    checkKeys(s, ['x', 'y'], path, list);
    const x = readVector(s.x, inputs, `${path}.x`, list);
    const y = readVector(s.y, outputs, `${path}.y`, list);
    if (y && loss === 'bce' && y.some((t) => t < 0 || t > 1)) {
      list.add(`${path}.y`, 'bce-target', 'bce targets must lie between 0 and 1', {});
    }
    if (y && loss === 'softmax-ce' && y.some((t) => t < 0)) {
      const message = 'softmax-ce targets are probabilities and cannot be negative';
      list.add(`${path}.y`, 'softmax-target', message, {});
    }
    if (x && y) out.push({ x, y });
  }
  return out.length === value.length ? out : undefined;
}
