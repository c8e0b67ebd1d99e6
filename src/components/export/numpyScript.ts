import { ACTIVATION_SPECS, type Activation, type Loss, type NetworkScenario } from '../../engine';

/**
 * A short, readable Python script (NumPy only) that redoes the app's forward and backward
 * pass for one training example of `scenario`, with the parameters written in full
 * precision, and prints z, a and δ per layer, the cost and ∂C/∂W, ∂C/∂b: students can
 * check every number of the app in Python. Pure: same scenario, same text.
 */
export function numpyScript(scenario: NetworkScenario, sample = 0): string {
  const example = scenario.samples[sample];
  if (example === undefined) throw new RangeError(`no sample ${sample}`);
  const used = [...new Set(scenario.activation)];
  const names = scenario.activation.map(pyName);
  const count = scenario.samples.length;
  const lines = [
    '"""Backprop Circuit: the app\'s network, forward and backward pass, in NumPy.',
    '',
    `Layers ${scenario.layers.join('-')} (input first), activation ${describeActivations(scenario.activation)},`,
    `cost ${LOSS_CODE[scenario.loss].doc}, training example ${sample + 1} of ${count}.`,
    ...(count > 1
      ? [`(The app's update step uses all ${count} examples; this script follows one.)`]
      : []),
    'Run it with NumPy installed:  python3 backprop_network.py',
    'The app computes in float64 too, so the numbers should agree to the last digits.',
    '"""',
    '',
    'import numpy as np',
    '',
    '# W[l][j, k]: the weight into neuron j of layer l+1 from neuron k of layer l.',
    `W = ${pyArrays(scenario.weights)}`,
    '# b[l][j]: the bias of neuron j of layer l+1.',
    `b = ${pyArrays(scenario.biases)}`,
    `x = ${pyArray(example.x)}  # input`,
    `y = ${pyArray(example.y)}  # target`,
    '',
    ...used.flatMap((activation) => ['', ...ACTIVATION_SPECS[activation].python.code, '']),
    '',
    "# One activation per layer after the input, and its derivative σ′ (the op-amp's gain).",
    `sigma = [${names.join(', ')}]`,
    `sigma_prime = [${names.map((n) => `${n}_prime`).join(', ')}]`,
    '',
    '',
    ...LOSS_CODE[scenario.loss].code,
    '',
    '',
    '# Forward pass: z = W a_prev + b, a = σ(z), layer by layer from the input.',
    'a = [x]',
    'z = []',
    'for l in range(len(W)):',
    '    z.append(W[l] @ a[l] + b[l])',
    '    a.append(sigma[l](z[l]))',
    'C = cost(a[-1], y)',
    '',
    '# Backward pass, output layer first: δ = σ′(z) ⊙ ∂C/∂a, where ∂C/∂a = Wᵀ δ_next is the',
    '# reverse network: the same weights, run backwards.',
    'delta = [None] * len(W)',
    'delta[-1] = sigma_prime[-1](z[-1]) * cost_gradient(a[-1], y)',
    'for l in range(len(W) - 2, -1, -1):',
    '    delta[l] = sigma_prime[l](z[l]) * (W[l + 1].T @ delta[l + 1])',
    '',
    '# Gradients: ∂C/∂w = ∂z/∂w · ∂C/∂z = a_in · δ, and ∂C/∂b = δ.',
    'dW = [np.outer(delta[l], a[l]) for l in range(len(W))]',
    'db = [delta[l] for l in range(len(W))]',
    '',
    '# Layer numbers as in the app: layer 0 is the input, layer 1 the first after it.',
    'for l in range(len(W)):',
    '    print(f"layer {l + 1}")',
    '    print("  z     =", z[l].tolist())',
    '    print("  a     =", a[l + 1].tolist())',
    '    print("  delta =", delta[l].tolist())',
    'print("C =", float(C))',
    'for l in range(len(W)):',
    '    print(f"dC/dW[{l + 1}] =", dW[l].tolist())',
    '    print(f"dC/db[{l + 1}] =", db[l].tolist())',
  ];
  return `${lines.join('\n')}\n`;
}

/** A Python float literal for `value`: JavaScript's shortest round-trip form reads back exactly. */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
  return Object.is(value, -0) ? '-0.0' : String(value);
}

function pyList(values: readonly number[]): string {
  return `[${values.map(pyNumber).join(', ')}]`;
}

function pyArray(values: readonly number[] | readonly (readonly number[])[]): string {
  const body = values.map((v) => (typeof v === 'number' ? pyNumber(v) : pyList(v)));
  const inline = `np.array([${body.join(', ')}], dtype=float)`;
  if (inline.length <= 72) return inline;
  return `np.array(\n        [\n${body.map((row) => `            ${row},`).join('\n')}\n        ],\n        dtype=float,\n    )`;
}

/** A list of arrays, one per line: the weight matrices or bias vectors of every layer. */
function pyArrays(arrays: readonly (readonly number[] | readonly (readonly number[])[])[]): string {
  return `[\n${arrays.map((a) => `    ${pyArray(a)},`).join('\n')}\n]`;
}

function pyName(activation: Activation): string {
  return ACTIVATION_SPECS[activation].python.name;
}

function describeActivations(activations: readonly Activation[]): string {
  const distinct = new Set(activations);
  return distinct.size === 1 ? (activations[0] ?? 'linear') : activations.join(', ');
}

const LOSS_CODE: Readonly<Record<Loss, { doc: string; code: readonly string[] }>> = {
  'half-sse': {
    doc: 'C = ½ Σ (a − y)²',
    code: [
      'def cost(a, y):',
      '    return 0.5 * np.sum((a - y) ** 2)',
      '',
      '',
      'def cost_gradient(a, y):',
      '    """∂C/∂a at the output layer."""',
      '    return a - y',
    ],
  },
  sse: {
    doc: 'C = Σ (a − y)²',
    code: [
      'def cost(a, y):',
      '    return np.sum((a - y) ** 2)',
      '',
      '',
      'def cost_gradient(a, y):',
      '    """∂C/∂a at the output layer."""',
      '    return 2 * (a - y)',
    ],
  },
  mse: {
    doc: 'C = mean of (a − y)²',
    code: [
      'def cost(a, y):',
      '    return np.mean((a - y) ** 2)',
      '',
      '',
      'def cost_gradient(a, y):',
      '    """∂C/∂a at the output layer."""',
      '    return 2 * (a - y) / a.size',
    ],
  },
  bce: {
    doc: 'binary cross-entropy C = −Σ [y ln a + (1 − y) ln(1 − a)]',
    code: [
      'def cost(a, y):',
      '    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))',
      '',
      '',
      'def cost_gradient(a, y):',
      '    """∂C/∂a at the output layer."""',
      '    return (a - y) / (a * (1 - a))',
    ],
  },
  'softmax-ce': {
    doc: 'softmax, then cross-entropy C = −Σ y ln softmax(a)',
    code: [
      'def log_softmax(a):',
      '    shifted = a - np.max(a)',
      '    return shifted - np.log(np.sum(np.exp(shifted)))',
      '',
      '',
      'def cost(a, y):',
      '    return -np.sum(y * log_softmax(a))',
      '',
      '',
      'def cost_gradient(a, y):',
      '    """∂C/∂a at the output layer (the logits): softmax(a) − y for one-hot targets."""',
      '    return np.sum(y) * np.exp(log_softmax(a)) - y',
    ],
  },
};
