import { checkKeys, describe, isRecord, readVector, type IssueList } from '../validate';
import { LIMITS, type Loss, type Matrix, type Sample } from './types';

/**
 * Readers of a network scenario's numbers: the weight matrices, the bias vectors and the
 * training samples, each checked against the layer sizes. Every problem is added to the
 * list with its JSON path; a reader returns undefined when anything it read was wrong.
 */

/** `weights[l][j][k]`: one matrix between each pair of adjacent layers. */
export function readWeights(
  value: unknown,
  layers: readonly number[],
  list: IssueList,
): Matrix[] | undefined {
  if (!Array.isArray(value) || value.length !== layers.length - 1) {
    const found = Array.isArray(value) ? `${value.length} matrices` : describe(value);
    list.add(
      'weights',
      'weights-shape',
      `must hold ${layers.length - 1} matrices, one between each pair of adjacent layers; found ${found}`,
      {
        expected: layers.length - 1,
        found,
      },
    );
    return undefined;
  }
  const out: Matrix[] = [];
  for (let l = 0; l < value.length && !list.full; l++) {
    const rows = value[l] as unknown;
    const fanOut = layers[l + 1] as number;
    const fanIn = layers[l] as number;
    if (!Array.isArray(rows) || rows.length !== fanOut) {
      const found = Array.isArray(rows) ? `${rows.length} rows` : describe(rows);
      list.add(
        `weights[${l}]`,
        'matrix-rows',
        `must have ${fanOut} rows (one per neuron of layer ${l + 1}), each with ${fanIn} weights (one per neuron of layer ${l}); found ${found}`,
        {
          rows: fanOut,
          columns: fanIn,
          layer: l + 1,
          found,
        },
      );
      continue;
    }
    const matrix = rows.map((row, j) => readVector(row, fanIn, `weights[${l}][${j}]`, list));
    if (matrix.every((r) => r !== undefined)) out.push(matrix as number[][]);
  }
  return out.length === layers.length - 1 ? out : undefined;
}

/** `biases[l][j]`: one vector per non-input layer. */
export function readBiases(
  value: unknown,
  layers: readonly number[],
  list: IssueList,
): Matrix | undefined {
  if (!Array.isArray(value) || value.length !== layers.length - 1) {
    const found = Array.isArray(value) ? `${value.length} vectors` : describe(value);
    list.add(
      'biases',
      'biases-shape',
      `must hold ${layers.length - 1} vectors, one per non-input layer; found ${found}`,
      {
        expected: layers.length - 1,
        found,
      },
    );
    return undefined;
  }
  const out = value.map((v, l) => readVector(v, layers[l + 1] as number, `biases[${l}]`, list));
  return out.every((v) => v !== undefined) ? (out as number[][]) : undefined;
}

/** 1 to LIMITS.maxSamples examples, each `x` and `y` of the input and output sizes, targets fitting `loss`. */
export function readSamples(
  value: unknown,
  layers: readonly number[],
  loss: Loss | undefined,
  list: IssueList,
): Sample[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.maxSamples) {
    const found = Array.isArray(value) ? `${value.length} samples` : describe(value);
    list.add(
      'samples',
      'sample-count',
      `must hold from 1 to ${LIMITS.maxSamples} training examples {"x": [...], "y": [...]}; found ${found}`,
      {
        max: LIMITS.maxSamples,
        found,
      },
    );
    return undefined;
  }
  const inputs = layers[0] as number;
  const outputs = layers[layers.length - 1] as number;
  const out: Sample[] = [];
  for (let n = 0; n < value.length && !list.full; n++) {
    const s = value[n] as unknown;
    const path = `samples[${n}]`;
    if (!isRecord(s)) {
      list.add(
        path,
        'not-a-sample',
        `must be an object {"x": [...], "y": [...]}, found ${describe(s)}`,
        { found: describe(s) },
      );
      continue;
    }
    checkKeys(s, ['x', 'y'], path, list);
    const x = readVector(s.x, inputs, `${path}.x`, list);
    const y = readVector(s.y, outputs, `${path}.y`, list);
    if (y && loss === 'bce' && y.some((t) => t < 0 || t > 1)) {
      list.add(`${path}.y`, 'bce-target', 'bce targets must lie between 0 and 1');
    }
    if (y && loss === 'softmax-ce' && y.some((t) => t < 0)) {
      list.add(
        `${path}.y`,
        'softmax-target',
        'softmax-ce targets are probabilities and cannot be negative',
      );
    }
    if (x && y) out.push({ x, y });
  }
  return out.length === value.length ? out : undefined;
}
