import type { GraphScenario } from './scenario';

/**
 * The graph scenes the lecture and its references walk through, as data. Expected
 * numbers are in presets.test.ts, checked against the published ones.
 */
export type GraphPresetId =
  | 'apple'
  | 'apple-orange'
  | 'cs231n-add-mul'
  | 'cs231n-sigmoid-neuron'
  | 'staged'
  | 'max-gate'
  | 'chain-case-1'
  | 'chain-case-2';

export interface GraphPreset {
  readonly id: GraphPresetId;
  /** Where the example comes from: DLFS chapter 5, CS231n's notes, or the lecture. */
  readonly source: 'dlfs' | 'cs231n' | 'lecture';
  readonly expression: string;
  readonly inputs: Readonly<Record<string, number>>;
}

export const GRAPH_PRESETS: readonly GraphPreset[] = [
  {
    // DLFS 5.4: two apples at 100 with 10% tax; two multiply layers.
    id: 'apple',
    source: 'dlfs',
    expression: 'apple * apple_num * tax',
    inputs: { apple: 100, apple_num: 2, tax: 1.1 },
  },
  {
    // DLFS 5.4.2: apples and oranges, summed, then taxed.
    id: 'apple-orange',
    source: 'dlfs',
    expression: '(apple * apple_num + orange * orange_num) * tax',
    inputs: { apple: 100, apple_num: 2, orange: 150, orange_num: 3, tax: 1.1 },
  },
  {
    // CS231n, "Simple expressions": f(x, y, z) = (x + y) z.
    id: 'cs231n-add-mul',
    source: 'cs231n',
    expression: '(x + y) * z',
    inputs: { x: -2, y: 5, z: -4 },
  },
  {
    // CS231n, "Sigmoid example": a 2-D neuron, gate by gate.
    id: 'cs231n-sigmoid-neuron',
    source: 'cs231n',
    expression: '1 / (1 + exp(-(w0 * x0 + w1 * x1 + w2)))',
    inputs: { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 },
  },
  {
    // CS231n, "Backprop in practice: staged computation"; x and y fan out.
    id: 'staged',
    source: 'cs231n',
    expression: '(x + sigmoid(y)) / (sigmoid(x) + (x + y)^2)',
    inputs: { x: 3, y: -4 },
  },
  {
    // CS231n, "Patterns in backward flow": add distributes, max routes, multiply swaps.
    id: 'max-gate',
    source: 'cs231n',
    expression: '2 * (x * y + max(z, w))',
    inputs: { x: 3, y: -4, z: 2, w: -1 },
  },
  {
    // Chain rule case 1: y = g(x) = x², z = h(y) = sin(y).
    id: 'chain-case-1',
    source: 'lecture',
    expression: 'sin(x^2)',
    inputs: { x: 1 },
  },
  {
    // Chain rule case 2: x = g(s) = eˢ, y = h(s) = s², z = k(x, y) = x·y; s takes two paths.
    id: 'chain-case-2',
    source: 'lecture',
    expression: 'exp(s) * s^2',
    inputs: { s: 1 },
  },
];

/** The preset with this id. */
export function graphPreset(id: GraphPresetId): GraphPreset {
  const preset = GRAPH_PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new RangeError(`unknown graph preset '${id}'`);
  return preset;
}

/** A preset as a scenario, ready for `analyzeGraph` or a share link. */
export function graphPresetScenario(id: GraphPresetId): GraphScenario {
  const { expression, inputs } = graphPreset(id);
  return { version: 1, kind: 'graph', expression, inputs: { ...inputs } };
}
