import { ACTIVATION_FNS } from '../network/activations';
import type { Activation, Loss, NetworkScenario, Sample } from '../network/types';
import { mulberry32, type Random } from '../random';
import { assertNever } from '../../lib/assertNever';
import { integerIn, tenths, variantSeed } from './friendly';

/**
 * Variant N of a network (`variant=N`): the same shape, activations, loss, reduction, η
 * and number of samples, with fresh friendly numbers, the same for everyone with N.
 *
 * - weights: multiples of 0.1 in [−2, 2], never 0 (every path matters); biases in [−1, 1];
 *   inputs in [−1, 1], never 0; targets in [0, 1] (one-hot for softmax-ce).
 * - no neuron saturated on any sample (see {@link zIsFriendly}): σ′(z) ≥ 0.05 for sigmoid,
 *   ≥ 0.2 for tanh (the same fifth of its peak), |z| ≥ 0.1 for relu and leaky-relu (off the
 *   kink), with the first neuron of such a layer active on the practised sample 0 so that
 *   gradients reach the layers before; and |z| ≤ 5 everywhere.
 *
 * Drawn layer by layer, neuron by neuron: a neuron's weights and bias are redrawn until its
 * z satisfies the constraints on every sample, with ranges that narrow after every
 * {@link TRIES_PER_RANGE} tries. Should every range fail (never seen in the tests), the
 * neuron gets zero weights and bias 0.1, which satisfies every constraint. So it always
 * terminates, after at most `neurons × TRIES_PER_RANGE × ranges` draws.
 *
 * @throws RangeError for a variant number outside 0…VARIANT_MAX.
 */
export function networkVariant(scenario: NetworkScenario, variant: number): NetworkScenario {
  const random = mulberry32(variantSeed(variant));
  const { layers, activation, loss } = scenario;
  const inputs = layers[0] ?? 0;
  const xs = scenario.samples.map(() =>
    Array.from({ length: inputs }, () => tenths(random, 10, true)),
  );
  const weights: number[][][] = [];
  const biases: number[][] = [];
  let previous: readonly (readonly number[])[] = xs;
  for (let l = 1; l < layers.length; l++) {
    const act = activation[l - 1] ?? 'linear';
    const W: number[][] = [];
    const b: number[] = [];
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      const neuron = drawNeuron(random, previous, act, j === 0);
      W.push(neuron.weights);
      b.push(neuron.bias);
    }
    weights.push(W);
    biases.push(b);
    const f = ACTIVATION_FNS[act].f;
    previous = previous.map((a) => W.map((row, j) => f(zOf(row, b[j] ?? 0, a))));
  }
  const outputs = layers[layers.length - 1] ?? 0;
  const samples: Sample[] = xs.map((x) => ({ x, y: drawTargets(random, loss, outputs) }));
  return {
    version: 1,
    kind: 'network',
    layers: [...layers],
    activation: [...activation],
    loss,
    weights,
    biases,
    samples,
    learningRate: scenario.learningRate,
    reduction: scenario.reduction,
  };
}

/** Tries with one pair of ranges before narrowing to the next. */
export const TRIES_PER_RANGE = 12;
/** Weight and bias limits in tenths, widest first: [−2, 2] and [−1, 1], down to ±0.1 and 0. */
const RANGES: readonly (readonly [weights: number, bias: number])[] = [
  [20, 10],
  [15, 10],
  [10, 5],
  [5, 5],
  [3, 3],
  [1, 1],
  [1, 0],
];

/** The largest |z| a variant has anywhere: numbers a student can work with. */
export const MAX_VARIANT_Z = 5;

const KINK_MARGIN = 0.1;

/** Whether a neuron with activation `act` is unsaturated, off its kink, at `z`. */
export function zIsFriendly(act: Activation, z: number): boolean {
  if (!(Math.abs(z) <= MAX_VARIANT_Z)) return false;
  switch (act) {
    case 'sigmoid':
      return ACTIVATION_FNS.sigmoid.df(z) >= 0.05;
    case 'tanh':
      return ACTIVATION_FNS.tanh.df(z) >= 0.2;
    case 'relu':
    case 'leaky-relu':
      return Math.abs(z) >= KINK_MARGIN;
    case 'linear':
      return true;
    default:
      return assertNever(act);
  }
}

/** Activations whose negative side passes (almost) no gradient. */
const HAS_DEAD_SIDE: Readonly<Record<Activation, boolean>> = {
  sigmoid: false,
  tanh: false,
  relu: true,
  'leaky-relu': true,
  linear: false,
};

const zOf = (row: readonly number[], bias: number, a: readonly number[]): number =>
  row.reduce((s, w, k) => s + w * (a[k] ?? 0), bias);

function drawNeuron(
  random: Random,
  inputs: readonly (readonly number[])[],
  act: Activation,
  first: boolean,
): { weights: number[]; bias: number } {
  const fanIn = inputs[0]?.length ?? 0;
  const mustBeActive = first && HAS_DEAD_SIDE[act];
  for (const [w, b] of RANGES) {
    for (let t = 0; t < TRIES_PER_RANGE; t++) {
      const weights = Array.from({ length: fanIn }, () => tenths(random, w, true));
      const bias = tenths(random, b);
      const zs = inputs.map((a) => zOf(weights, bias, a));
      const active = !mustBeActive || (zs[0] ?? 0) >= KINK_MARGIN;
      if (active && zs.every((z) => zIsFriendly(act, z))) return { weights, bias };
    }
  }
  return { weights: new Array<number>(fanIn).fill(0), bias: 0.1 };
}

function drawTargets(random: Random, loss: Loss, outputs: number): number[] {
  if (loss === 'softmax-ce') {
    const hot = integerIn(random, 0, outputs - 1);
    return Array.from({ length: outputs }, (_, j) => (j === hot ? 1 : 0));
  }
  return Array.from({ length: outputs }, () => integerIn(random, 0, 10) / 10);
}
