import type { ParseResult } from '../issues';
import { IssueList, checkKeys, found, foundEnglish, readNumber } from '../validate';
import { MAX_SEED } from '../limits';
import { readCount } from '../numbers/readCount';
import { initialiseParameters } from './initialise';
import { readBiases, readSamples, readWeights } from './parseParameters';
import {
  ACTIVATIONS,
  LIMITS,
  LOSSES,
  REDUCTIONS,
  type Activation,
  type Loss,
  type Matrix,
  type NetworkScenario,
  type Reduction,
} from './types';
const FIELDS = [
  'version',
  'kind',
  'layers',
  'activation',
  'loss',
  'weights',
  'biases',
  'samples',
  'learningRate',
  'reduction',
  'seed',
];

/** The default learning rate when a hand-written scenario leaves it out. */
export const DEFAULT_LEARNING_RATE = 0.5;

/**
 * Validates an object whose `kind` is `network` (DESIGN.md, scenario format) and returns
 * it normalised, or every problem found, each with its JSON path. Never throws. Every
 * field is checked even when another is wrong: with bad `layers`, the activation, the
 * weights, the biases and the samples are still checked as far as they can be alone.
 */
export function parseNetworkScenario(obj: Record<string, unknown>): ParseResult<NetworkScenario> {
  const list = new IssueList();
  checkKeys(obj, FIELDS, '', list);

  const layers = readLayers(obj.layers, list);
  const activation = readActivation(obj.activation, layers && layers.length - 1, list);
  const loss = readChoice<Loss>(obj.loss, LOSSES, 'loss', list);
  const reduction =
    obj.reduction === undefined
      ? 'sum'
      : readChoice<Reduction>(obj.reduction, REDUCTIONS, 'reduction', list);
  const learningRate = readLearningRate(obj.learningRate, list);
  const seed = readSeed(obj.seed, list);

  if (activation && loss) checkLossFits(loss, activation, list);

  let weights: readonly Matrix[] | undefined;
  let biases: Matrix | undefined;
  if (obj.weights === undefined && obj.biases === undefined) {
    if (layers && seed !== undefined) ({ weights, biases } = initialiseParameters(layers, seed));
  } else if (obj.weights === undefined || obj.biases === undefined) {
    const missing = obj.weights === undefined ? 'weights' : 'biases';
    list.add(
      missing,
      'missing-pair',
      'weights and biases must be given together, or both left out to draw them from the seed',
      {},
    );
  } else {
    weights = readWeights(obj.weights, layers, list);
    const matrices = Array.isArray(obj.weights) ? obj.weights.length : undefined;
    biases = readBiases(obj.biases, layers, matrices, list);
  }

  const samples = readSamples(obj.samples, layers, loss, list);

  if (
    list.issues.length > 0 ||
    !layers ||
    !activation ||
    !loss ||
    !reduction ||
    !weights ||
    !biases ||
    !samples ||
    learningRate === undefined ||
    seed === undefined
  ) {
    return { ok: false, errors: list.issues };
  }
  const scenario: NetworkScenario = {
    version: 1,
    kind: 'network',
    layers,
    activation,
    loss,
    weights,
    biases,
    samples,
    learningRate,
    reduction,
    ...(obj.seed !== undefined || obj.weights === undefined ? { seed } : {}),
  };
  return { ok: true, scenario };
}

function readLayers(value: unknown, list: IssueList): number[] | undefined {
  if (!Array.isArray(value)) {
    const message = `must be a list of neuron counts, input layer first, found ${foundEnglish(value)}`;
    list.add('layers', 'not-a-list', message, found(value));
    return undefined;
  }
  if (value.length < 2 || value.length > LIMITS.maxLayers) {
    list.add(
      'layers',
      'layer-count',
      `must list between 2 and ${LIMITS.maxLayers} layers (input and output included); this list has ${value.length}`,
      { min: 2, max: LIMITS.maxLayers, actual: value.length },
    );
    return undefined;
  }
  const layers: number[] = [];
  value.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > LIMITS.maxNeurons) {
      list.add(
        `layers[${i}]`,
        'layer-size',
        `must be a whole number of neurons from 1 to ${LIMITS.maxNeurons}, found ${foundEnglish(n)}`,
        { max: LIMITS.maxNeurons, ...found(n) },
      );
    } else layers.push(n);
  });
  return layers.length === value.length ? layers : undefined;
}

function readChoice<T extends string>(
  value: unknown,
  options: readonly T[],
  path: string,
  list: IssueList,
): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value))
    return value as T;
  const message = `must be one of ${options.join(', ')}; found ${foundEnglish(value)}`;
  list.add(path, 'unknown-choice', message, { options: options.join(', '), ...found(value) });
  return undefined;
}

/** One name for every layer, or one per layer; `count` undefined when the layers are unknown. */
function readActivation(
  value: unknown,
  count: number | undefined,
  list: IssueList,
): Activation[] | undefined {
  if (!Array.isArray(value)) {
    const one = readChoice<Activation>(value, ACTIVATIONS, 'activation', list);
    return one && new Array<Activation>(count ?? 1).fill(one);
  }
  if (count !== undefined && value.length !== count) {
    list.add(
      'activation',
      'wrong-length',
      `must name one activation per non-input layer, ${count} in all; this list has ${value.length}`,
      {
        expected: count,
        actual: value.length,
      },
    );
    return undefined;
  }
  const names = value.map((v, i) =>
    readChoice<Activation>(v, ACTIVATIONS, `activation[${i}]`, list),
  );
  return names.every((n) => n !== undefined) ? (names as Activation[]) : undefined;
}

function checkLossFits(loss: Loss, activation: readonly Activation[], list: IssueList): void {
  const last = activation[activation.length - 1];
  const path =
    Array.isArray(activation) && activation.length > 1
      ? `activation[${activation.length - 1}]`
      : 'activation';
  if (loss === 'softmax-ce' && last !== 'linear') {
    list.add(
      path,
      'softmax-needs-linear',
      `softmax-ce applies the softmax itself, so the output layer must be linear (its outputs are logits), not ${last}`,
      { found: last ?? '' },
    );
  }
  if (loss === 'bce' && last !== 'sigmoid') {
    list.add(
      path,
      'bce-needs-sigmoid',
      `bce needs outputs between 0 and 1, so the output layer must be sigmoid, not ${last}`,
      { found: last ?? '' },
    );
  }
}

function readLearningRate(value: unknown, list: IssueList): number | undefined {
  if (value === undefined) return DEFAULT_LEARNING_RATE;
  const eta = readNumber(value, 'learningRate', list);
  if (eta !== undefined && eta <= 0) {
    list.add('learningRate', 'not-positive', `η must be greater than 0, and ${eta} is not`, {
      found: eta,
    });
    return undefined;
  }
  return eta;
}

function readSeed(value: unknown, list: IssueList): number | undefined {
  if (value === undefined) return 1;
  const read = readCount(value, MAX_SEED, 'seed');
  if (typeof value === 'number' && read.ok) return read.value;
  if (typeof value === 'number' && !read.ok && read.code === 'above-limit') {
    list.add('seed', 'above-limit', read.issue.message, { limit: MAX_SEED });
    return undefined;
  }
  list.add('seed', 'bad-seed', `must be a whole number ≥ 0, found ${foundEnglish(value)}`, {
    ...found(value),
  });
  return undefined;
}
