import { sigmoid } from '../sigmoid';
import type { Activation } from './types';

export { sigmoid };

/** σ(z) and σ′(z) of one activation. σ′ is the op-amp's gain in the reverse network. */
export interface ActivationFn {
  readonly f: (z: number) => number;
  /** The derivative dσ/dz at z (the gain). At a kink we take the left slope. */
  readonly df: (z: number) => number;
}

/**
 * An activation applied to a whole layer, for the Trainer's inner loops. Each
 * activation writes its own loops: one call per layer, and inside it a direct call the
 * compiler inlines (a call through a variable per neuron would not be).
 */
export interface LayerKernels {
  /** a[i] = σ(z[i]) for every i. */
  readonly activate: (z: Float64Array, a: Float64Array) => void;
  /** d[i] = σ′(z[i]) · d[i] for every i, with a = σ(z) already computed. */
  readonly scaleByGain: (z: Float64Array, a: Float64Array, d: Float64Array) => void;
}

/** How the formula panel writes an activation. */
export interface ActivationTex {
  /** σ(z) in TeX; every `z` in it is the variable, replaced by the neuron's z. */
  readonly formula: string;
  /** σ′(z) in TeX, shown beside the op-amp's gain. */
  readonly derivative: string;
  /** The function's name for σ(number), or null for the identity (the number alone). */
  readonly name: string | null;
}

/** How the NumPy export writes an activation: `def NAME(z)` and `def NAME_prime(z)`. */
export interface ActivationPython {
  /** A Python identifier. */
  readonly name: string;
  /** The two definitions, one line per entry. */
  readonly code: readonly string[];
}

/**
 * Everything the app knows about one activation: the function, its derivative, the
 * derivative from the output, the Trainer's layer loops, its TeX and its Python. A new
 * activation is one entry of {@link ACTIVATION_SPECS} and its name in `ACTIVATIONS`.
 */
export interface ActivationSpec extends ActivationFn {
  /**
   * σ′(z) given a = σ(z) too, from the output where that saves work (sigmoid a(1 − a),
   * tanh 1 − a²). `df(z)` is defined as `gain(z, f(z))`, so the two never disagree.
   */
  readonly gain: (z: number, a: number) => number;
  readonly layer: LayerKernels;
  readonly tex: ActivationTex;
  readonly python: ActivationPython;
}

/** The slope of leaky-relu for z ≤ 0 (DESIGN.md). */
export const LEAK = 0.01;

/** Completes an entry with `df`, its gain at a = f(z). */
const spec = (entry: Omit<ActivationSpec, 'df'>): ActivationSpec => ({
  ...entry,
  df: (z) => entry.gain(z, entry.f(z)),
});

/** Python's two definitions: σ returns `f`; σ′ is the lines `df`. */
const python = (name: string, f: string, df: readonly string[]): ActivationPython => ({
  name,
  code: [`def ${name}(z):`, `    return ${f}`, '', '', `def ${name}_prime(z):`, ...df],
});

// The scalar functions, named so that each layer loop below calls them directly.
const sigmoidGain = (_z: number, a: number): number => a * (1 - a);
const tanh = (z: number): number => Math.tanh(z);
const tanhGain = (_z: number, a: number): number => 1 - a * a;
const relu = (z: number): number => (z > 0 ? z : 0);
const reluGain = (z: number): number => (z > 0 ? 1 : 0);
const leakyRelu = (z: number): number => (z > 0 ? z : LEAK * z);
const leakyReluGain = (z: number): number => (z > 0 ? 1 : LEAK);
const identity = (z: number): number => z;
const one = (): number => 1;

export const ACTIVATION_SPECS: Readonly<Record<Activation, ActivationSpec>> = {
  sigmoid: spec({
    f: sigmoid,
    gain: sigmoidGain,
    layer: {
      activate: (z, a) => {
        for (let i = 0; i < z.length; i++) a[i] = sigmoid(z[i] as number);
      },
      scaleByGain: (z, a, d) => {
        for (let i = 0; i < z.length; i++)
          d[i] = sigmoidGain(z[i] as number, a[i] as number) * (d[i] as number);
      },
    },
    tex: {
      formula: '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
      derivative: "\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))",
      name: '\\sigma',
    },
    python: python('sigmoid', '1 / (1 + np.exp(-z))', [
      '    s = sigmoid(z)',
      '    return s * (1 - s)',
    ]),
  }),
  tanh: spec({
    f: tanh,
    gain: tanhGain,
    layer: {
      activate: (z, a) => {
        for (let i = 0; i < z.length; i++) a[i] = tanh(z[i] as number);
      },
      scaleByGain: (z, a, d) => {
        for (let i = 0; i < z.length; i++)
          d[i] = tanhGain(z[i] as number, a[i] as number) * (d[i] as number);
      },
    },
    tex: { formula: '\\tanh z', derivative: "\\tanh'(z) = 1 - \\tanh^2 z", name: '\\tanh' },
    python: python('tanh', 'np.tanh(z)', ['    return 1 - np.tanh(z) ** 2']),
  }),
  relu: spec({
    f: relu,
    gain: reluGain,
    layer: {
      activate: (z, a) => {
        for (let i = 0; i < z.length; i++) a[i] = relu(z[i] as number);
      },
      scaleByGain: (z, _a, d) => {
        for (let i = 0; i < z.length; i++) d[i] = reluGain(z[i] as number) * (d[i] as number);
      },
    },
    tex: {
      formula: '\\max(0, z)',
      derivative: "\\mathrm{relu}'(z) = [z > 0]",
      name: '\\mathrm{relu}',
    },
    python: python('relu', 'np.where(z > 0, z, 0.0)', [
      '    return np.where(z > 0, 1.0, 0.0)  # at the kink, the left slope (as in the app)',
    ]),
  }),
  'leaky-relu': spec({
    f: leakyRelu,
    gain: leakyReluGain,
    layer: {
      activate: (z, a) => {
        for (let i = 0; i < z.length; i++) a[i] = leakyRelu(z[i] as number);
      },
      scaleByGain: (z, _a, d) => {
        for (let i = 0; i < z.length; i++) d[i] = leakyReluGain(z[i] as number) * (d[i] as number);
      },
    },
    tex: {
      formula: `\\max(${LEAK}z, z)`,
      derivative: `\\mathrm{lrelu}'(z) = 1 \\text{ or } ${LEAK}`,
      name: '\\mathrm{leaky-relu}',
    },
    python: python('leaky_relu', `np.where(z > 0, z, ${LEAK} * z)`, [
      `    return np.where(z > 0, 1.0, ${LEAK})`,
    ]),
  }),
  linear: spec({
    f: identity,
    gain: one,
    layer: {
      activate: (z, a) => a.set(z),
      scaleByGain: () => {},
    },
    tex: { formula: 'z', derivative: "\\sigma'(z) = 1", name: null },
    python: python('linear', 'z', ['    return np.ones_like(z)']),
  }),
};

/** σ and σ′ of every activation (the same entries as {@link ACTIVATION_SPECS}). */
export const ACTIVATION_FNS: Readonly<Record<Activation, ActivationFn>> = ACTIVATION_SPECS;
