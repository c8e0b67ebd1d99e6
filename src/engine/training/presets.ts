import { assertNever } from '../../lib/assertNever';
import { initialiseParameters } from '../network/initialise';
import { LECTURE_SCENARIO } from '../network/lecture';
import type { Activation, NetworkScenario, Sample } from '../network/types';

/** The training scene's examples, one click each. */
export const TRAINING_PRESET_IDS = [
  'lecture',
  'xor',
  'sine',
  'mazur',
  'deep-sigmoid',
  'deep-tanh',
  'deep-relu',
] as const;
export type TrainingPresetId = (typeof TRAINING_PRESET_IDS)[number];

/** XOR: the classic problem a single neuron cannot solve and one hidden layer can. */
const XOR_SAMPLES: readonly Sample[] = [
  { x: [0, 0], y: [0] },
  { x: [0, 1], y: [1] },
  { x: [1, 0], y: [1] },
  { x: [1, 1], y: [0] },
];

/** How many points the curve fits sample y = sin x at, evenly over [−π, π]. */
export const SINE_POINTS = 20;

/**
 * y = sin x at {@link SINE_POINTS} evenly spaced x from −π to π. Both are rounded (x to 2
 * decimals, y to 4) so that the sample table reads cleanly; y is sin of the rounded x.
 */
export function sineSamples(points = SINE_POINTS): Sample[] {
  return Array.from({ length: points }, (_, i) => {
    const x = Math.round((-Math.PI + (2 * Math.PI * i) / (points - 1)) * 100) / 100;
    const y = Math.round(Math.sin(x) * 1e4) / 1e4;
    return { x: [x], y: [y === 0 ? 0 : y] };
  });
}

/** A network whose parameters come from the documented seeded initialiser. */
function seeded(
  layers: readonly number[],
  activation: readonly Activation[],
  seed: number,
  rest: Pick<NetworkScenario, 'loss' | 'samples' | 'learningRate' | 'reduction'>,
): NetworkScenario {
  const { weights, biases } = initialiseParameters(layers, seed);
  return { version: 1, kind: 'network', layers, activation, weights, biases, seed, ...rest };
}

/**
 * XOR on a 2-2-1 sigmoid network, L = Σₙ ½(a − y)² over the four cases. With seed 1 and
 * η = 2 the loss sits on a plateau near 0.5 for about a hundred steps, then drops: it
 * is below 0.01 after 343 steps (pinned in presets.test.ts).
 */
export const XOR_SCENARIO = seeded([2, 2, 1], ['sigmoid', 'sigmoid'], 1, {
  loss: 'half-sse',
  samples: XOR_SAMPLES,
  learningRate: 2,
  reduction: 'sum',
});

/** The curve fit's settings, shared by the deep networks so that only the depth differs. */
const SINE_FIT = {
  loss: 'mse',
  samples: sineSamples(),
  reduction: 'mean',
} as const;

/**
 * sin x on [−π, π] with a 1-8-8-1 network: tanh hidden layers, a linear output, mean MSE.
 * With η = 0.01 the loss falls at every step (below 0.005 after 5000); from η ≈ 0.02 on it
 * starts to zig-zag, which is worth trying.
 */
export const SINE_SCENARIO = seeded([1, 8, 8, 1], ['tanh', 'tanh', 'linear'], 7, {
  ...SINE_FIT,
  learningRate: 0.01,
});

/**
 * Matt Mazur's "A Step by Step Backpropagation Example", the network students check by
 * hand: inputs 0.05, 0.10, targets 0.01, 0.99, w1…w8 = .15 .20 .25 .30 .40 .45 .50 .55,
 * b1 = .35 for both hidden neurons, b2 = .60 for both outputs, E = Σ ½(target − out)²,
 * η = 0.5. E = 0.298371109 before the first step; after it w5 = 0.35891648.
 */
export const MAZUR_SCENARIO: NetworkScenario = {
  version: 1,
  kind: 'network',
  layers: [2, 2, 2],
  activation: ['sigmoid', 'sigmoid'],
  loss: 'half-sse',
  weights: [
    [
      [0.15, 0.2],
      [0.25, 0.3],
    ],
    [
      [0.4, 0.45],
      [0.5, 0.55],
    ],
  ],
  biases: [
    [0.35, 0.35],
    [0.6, 0.6],
  ],
  samples: [{ x: [0.05, 0.1], y: [0.01, 0.99] }],
  learningRate: 0.5,
  reduction: 'sum',
};

/**
 * A deep, narrow network (1-8-8-8-8-8-1) on the same curve fit, with one hidden
 * activation throughout. With sigmoid, σ′ ≤ ¼ at every layer shrinks ∂C/∂z on its way
 * back, so the first layers' gradients are orders of magnitude smaller than the last's
 * (the vanishing gradient); tanh (σ′ ≤ 1) and ReLU (σ′ = 1 where active) keep them close.
 * Same seed (2) and η (0.02) for every activation: at θ⁰ the first layer's ‖∂L/∂W‖ is
 * about 1/350 of the last one's with sigmoid, and the loss stays near 0.476 for thousands of
 * steps, while tanh and ReLU fit the curve.
 */
export function deepScenario(hidden: Activation): NetworkScenario {
  return seeded([1, 8, 8, 8, 8, 8, 1], [hidden, hidden, hidden, hidden, hidden, 'linear'], 2, {
    ...SINE_FIT,
    learningRate: 0.02,
  });
}

/** The scenario of a preset (a new object each call for the seeded ones is fine: they are equal). */
export function trainingPreset(id: TrainingPresetId): NetworkScenario {
  switch (id) {
    case 'lecture':
      return LECTURE_SCENARIO;
    case 'xor':
      return XOR_SCENARIO;
    case 'sine':
      return SINE_SCENARIO;
    case 'mazur':
      return MAZUR_SCENARIO;
    case 'deep-sigmoid':
      return DEEP_SIGMOID;
    case 'deep-tanh':
      return DEEP_TANH;
    case 'deep-relu':
      return DEEP_RELU;
    default:
      return assertNever(id);
  }
}

const DEEP_SIGMOID = deepScenario('sigmoid');
const DEEP_TANH = deepScenario('tanh');
const DEEP_RELU = deepScenario('relu');
