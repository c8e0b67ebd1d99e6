import {
  initialiseParameters,
  LIMITS,
  type Activation,
  type Loss,
  type Matrix,
  type NetworkScenario,
} from '../engine';

/**
 * Pure edits of a network scenario. Each returns a new, valid scenario (the input is never
 * mutated) so that the store can keep the old one for undo.
 */

/** At most this many hidden layers and neurons per layer can be made in the editor. */
export const EDITOR_LIMITS = { hiddenLayers: 8, neurons: 16 } as const;

const replaceAt = <T>(items: readonly T[], index: number, value: T): T[] =>
  items.map((item, i) => (i === index ? value : item));

export function setWeight(
  s: NetworkScenario,
  layer: number,
  k: number,
  j: number,
  value: number,
): NetworkScenario {
  const W = s.weights[layer];
  const row = W?.[j];
  if (W === undefined || row === undefined || k >= row.length) return s;
  return { ...s, weights: replaceAt(s.weights, layer, replaceAt(W, j, replaceAt(row, k, value))) };
}

/** `layer` is the neuron's DOM layer (≥ 1). */
export function setBias(
  s: NetworkScenario,
  layer: number,
  j: number,
  value: number,
): NetworkScenario {
  const b = s.biases[layer - 1];
  if (b === undefined || j >= b.length) return s;
  return { ...s, biases: replaceAt(s.biases, layer - 1, replaceAt(b, j, value)) };
}

export function setInput(
  s: NetworkScenario,
  sample: number,
  k: number,
  value: number,
): NetworkScenario {
  const example = s.samples[sample];
  if (example === undefined || k >= example.x.length) return s;
  return {
    ...s,
    samples: replaceAt(s.samples, sample, { ...example, x: replaceAt(example.x, k, value) }),
  };
}

export function setTarget(
  s: NetworkScenario,
  sample: number,
  j: number,
  value: number,
): NetworkScenario {
  const example = s.samples[sample];
  if (example === undefined || j >= example.y.length) return s;
  return {
    ...s,
    samples: replaceAt(s.samples, sample, { ...example, y: replaceAt(example.y, j, value) }),
  };
}

export function setLearningRate(s: NetworkScenario, learningRate: number): NetworkScenario {
  return learningRate > 0 && Number.isFinite(learningRate) ? { ...s, learningRate } : s;
}

/** Sets one layer's activation; `layer` is the DOM layer (≥ 1). */
export function setActivation(
  s: NetworkScenario,
  layer: number,
  activation: Activation,
): NetworkScenario {
  const last = s.layers.length - 1;
  // The losses that need a particular output layer keep it.
  if (layer === last && s.loss === 'softmax-ce' && activation !== 'linear') return s;
  if (layer === last && s.loss === 'bce' && activation !== 'sigmoid') return s;
  return { ...s, activation: replaceAt(s.activation, layer - 1, activation) };
}

/**
 * Sets the loss; softmax-ce makes the output layer linear (its outputs become logits) and
 * bce makes it sigmoid and clamps the targets into [0, 1], as those losses require.
 */
export function setLoss(s: NetworkScenario, loss: Loss): NetworkScenario {
  const last = s.activation.length - 1;
  if (loss === 'softmax-ce') {
    return {
      ...s,
      loss,
      activation: replaceAt(s.activation, last, 'linear'),
      samples: clampTargets(s, 0, Infinity),
    };
  }
  if (loss === 'bce')
    return {
      ...s,
      loss,
      activation: replaceAt(s.activation, last, 'sigmoid'),
      samples: clampTargets(s, 0, 1),
    };
  return { ...s, loss };
}

function clampTargets(s: NetworkScenario, min: number, max: number) {
  return s.samples.map((example) => ({
    ...example,
    y: example.y.map((y) => Math.min(max, Math.max(min, y))),
  }));
}

/** Draws every weight and bias again from `seed` (the documented initialiser). */
export function reinitialise(s: NetworkScenario, seed: number): NetworkScenario {
  const { weights, biases } = initialiseParameters(s.layers, seed);
  return { ...s, weights, biases, seed };
}

/**
 * Changes the neuron count of layer `layer` (any layer, inputs and outputs included).
 * Existing weights keep their values; new ones come from the seeded initialiser, so the
 * same edit always gives the same network. Samples grow with zeros or shrink.
 */
export function setLayerSize(s: NetworkScenario, layer: number, size: number): NetworkScenario {
  const n = Math.max(1, Math.min(EDITOR_LIMITS.neurons, LIMITS.maxNeurons, Math.round(size)));
  if (layer < 0 || layer >= s.layers.length || s.layers[layer] === n) return s;
  return reshape(s, replaceAt(s.layers, layer, n), (l) => (l < layer ? l : l), s.activation);
}

/** Inserts a hidden layer of `size` neurons before the output layer. */
export function addHiddenLayer(s: NetworkScenario, size = 2): NetworkScenario {
  if (s.layers.length - 2 >= EDITOR_LIMITS.hiddenLayers) return s;
  const last = s.layers.length - 1;
  const layers = [...s.layers.slice(0, last), size, ...s.layers.slice(last)];
  const hiddenActivation = s.activation[last - 2] ?? s.activation[0] ?? 'sigmoid';
  const activation = [
    ...s.activation.slice(0, last - 1),
    hiddenActivation,
    ...s.activation.slice(last - 1),
  ];
  return reshape(s, layers, (l) => (l < last ? l : l === last ? -1 : l - 1), activation);
}

/** Removes hidden layer `layer` (1 ≤ layer < output). */
export function removeHiddenLayer(s: NetworkScenario, layer: number): NetworkScenario {
  const last = s.layers.length - 1;
  if (layer < 1 || layer >= last) return s;
  const layers = s.layers.filter((_, l) => l !== layer);
  const activation = s.activation.filter((_, l) => l !== layer - 1);
  return reshape(s, layers, (l) => (l < layer ? l : l + 1), activation);
}

/**
 * Rebuilds parameters for new layer sizes. `oldLayerOf(l)` maps a new layer to the old
 * layer whose parameters it inherits (−1 for none); weights are kept where both the old
 * and new matrices have them, and drawn from the seed elsewhere.
 */
function reshape(
  s: NetworkScenario,
  layers: readonly number[],
  oldLayerOf: (l: number) => number,
  activation: readonly Activation[],
): NetworkScenario {
  const fresh = initialiseParameters(layers, s.seed ?? 1);
  const weights: Matrix[] = fresh.weights.map((W, l) => {
    const to = oldLayerOf(l + 1);
    const from = oldLayerOf(l);
    const old = to >= 1 && from === to - 1 ? s.weights[to - 1] : undefined;
    return W.map((row, j) => row.map((w, k) => old?.[j]?.[k] ?? w));
  });
  const biases: Matrix = fresh.biases.map((b, l) => {
    const old = oldLayerOf(l + 1) >= 1 ? s.biases[oldLayerOf(l + 1) - 1] : undefined;
    return b.map((v, j) => old?.[j] ?? v);
  });
  const inputs = layers[0] ?? 1;
  const outputs = layers[layers.length - 1] ?? 1;
  const samples = s.samples.map((example) => ({
    x: Array.from({ length: inputs }, (_, k) => example.x[k] ?? 0),
    y: Array.from({ length: outputs }, (_, j) => example.y[j] ?? 0),
  }));
  return { ...s, layers, activation, weights, biases, samples };
}
