import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardBackward } from '../network/forwardBackward';
import { LECTURE_SCENARIO } from '../network/lecture';
import { ACTIVATIONS, type Activation, type Loss, type NetworkScenario } from '../network/types';
import { parseScenario } from '../scenario';
import { MAZUR_SCENARIO, trainingPreset, TRAINING_PRESET_IDS } from '../training/presets';
import { VARIANT_MAX } from './friendly';
import { MAX_VARIANT_Z, networkVariant, zIsFriendly } from './networkVariant';

const isTenths = (v: number) => Math.abs(Math.round(v * 10) / 10 - v) === 0;

/** Every constraint of a variant, checked from the outside with the engine's own pass. */
function expectFriendly(original: NetworkScenario, variant: NetworkScenario) {
  expect(variant).toMatchObject({
    layers: original.layers,
    activation: original.activation,
    loss: original.loss,
    reduction: original.reduction,
    learningRate: original.learningRate,
  });
  expect(variant.samples).toHaveLength(original.samples.length);
  expect(parseScenario(variant)).toEqual({ ok: true, scenario: variant });
  for (const w of variant.weights.flat(2)) {
    expect(isTenths(w) && w !== 0 && Math.abs(w) <= 2).toBe(true);
  }
  for (const b of variant.biases.flat()) expect(isTenths(b) && Math.abs(b) <= 1).toBe(true);
  variant.samples.forEach((sample, n) => {
    for (const x of sample.x) expect(isTenths(x) && x !== 0 && Math.abs(x) <= 1).toBe(true);
    for (const y of sample.y) expect(isTenths(y) && y >= 0 && y <= 1).toBe(true);
    if (variant.loss === 'softmax-ce') expect(sample.y.reduce((s, y) => s + y, 0)).toBe(1);
    const { z } = forwardBackward(variant, n);
    z.forEach((layer, l) => {
      const act: Activation = variant.activation[l] ?? 'linear';
      for (const value of layer)
        expect([act, value, zIsFriendly(act, value)]).toEqual([act, value, true]);
      // The first neuron of a relu layer is active on the practised sample.
      if (n === 0 && (act === 'relu' || act === 'leaky-relu')) expect(layer[0]).toBeGreaterThan(0);
    });
  });
}

describe('network variants', () => {
  it('are the same for everyone with the same number, and differ from one number to the next', () => {
    expect(networkVariant(LECTURE_SCENARIO, 12)).toEqual(networkVariant(LECTURE_SCENARIO, 12));
    const seen = new Set(
      Array.from({ length: 40 }, (_, n) => JSON.stringify(networkVariant(LECTURE_SCENARIO, n))),
    );
    expect(seen.size).toBe(40);
  });

  it('depend only on the shape: the lecture’s own numbers do not change variant 3', () => {
    const edited: NetworkScenario = {
      ...LECTURE_SCENARIO,
      weights: MAZUR_SCENARIO.weights.concat([
        [
          [0, 0],
          [0, 0],
        ],
      ]),
    };
    expect(networkVariant(edited, 3)).toEqual(networkVariant(LECTURE_SCENARIO, 3));
  });

  it('keep the numbers of variant 1 of the lecture network (links are a promise)', () => {
    // A change here breaks every exercise link handed out with variant=1.
    expect(networkVariant(LECTURE_SCENARIO, 1)).toEqual({
      version: 1,
      kind: 'network',
      layers: [2, 2, 2, 2],
      activation: ['sigmoid', 'sigmoid', 'sigmoid'],
      loss: 'half-sse',
      weights: [
        [
          [0.4, 0.5],
          [1, 1.9],
        ],
        [
          [0.5, 1.5],
          [0.4, -0.3],
        ],
        [
          [-0.9, 0.1],
          [-1, -0.6],
        ],
      ],
      biases: [
        [-0.7, -0.7],
        [0, 0.5],
        [0.9, -0.4],
      ],
      samples: [{ x: [-0.3, -0.6], y: [1, 0.1] }],
      learningRate: 0.5,
      reduction: 'sum',
    });
  });

  it.each(TRAINING_PRESET_IDS)('are friendly for the %s preset', (id) => {
    const preset = trainingPreset(id);
    for (const n of [0, 1, 2, 99, VARIANT_MAX]) expectFriendly(preset, networkVariant(preset, n));
  });

  it('never saturate, for any number and any shape up to 8 layers of 16 neurons', () => {
    const shape = fc.record({
      layers: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 8 }),
      loss: fc.constantFrom<Loss>('half-sse', 'sse', 'mse', 'bce', 'softmax-ce'),
      hidden: fc.constantFrom(...ACTIVATIONS),
      samples: fc.integer({ min: 1, max: 4 }),
      variant: fc.integer({ min: 0, max: VARIANT_MAX }),
    });
    fc.assert(
      fc.property(shape, ({ layers, loss, hidden, samples, variant }) => {
        const output: Activation =
          loss === 'softmax-ce' ? 'linear' : loss === 'bce' ? 'sigmoid' : hidden;
        const activation = layers
          .slice(1)
          .map((_, l) => (l === layers.length - 2 ? output : hidden));
        const original: NetworkScenario = {
          ...LECTURE_SCENARIO,
          layers,
          activation,
          loss,
          weights: [],
          biases: [],
          samples: Array.from({ length: samples }, () => ({ x: [], y: [] })),
        };
        const drawn = networkVariant(original, variant);
        expectFriendly(original, drawn);
        expect(networkVariant(original, variant)).toEqual(drawn);
      }),
      { numRuns: 200 },
    );
  }, 60_000); // a few seconds alone; the margin is for a busy machine

  it('keep every z within ±5 and off the kinks, per activation', () => {
    expect(zIsFriendly('sigmoid', -2.8)).toBe(true); // σ′ = 0.054
    expect(zIsFriendly('sigmoid', 2.9)).toBe(false); // σ′ = 0.049
    expect(zIsFriendly('tanh', 1.4)).toBe(true); // tanh′ = 0.21
    expect(zIsFriendly('tanh', -1.5)).toBe(false); // tanh′ = 0.18
    expect(zIsFriendly('relu', 0)).toBe(false);
    expect(zIsFriendly('relu', -0.1)).toBe(true);
    expect(zIsFriendly('leaky-relu', 0.05)).toBe(false);
    expect(zIsFriendly('linear', MAX_VARIANT_Z)).toBe(true);
    expect(zIsFriendly('linear', -5.1)).toBe(false);
  });

  it.each([-1, 1.5, VARIANT_MAX + 1, NaN])('refuses variant number %d', (n) => {
    expect(() => networkVariant(LECTURE_SCENARIO, n)).toThrow(RangeError);
  });
});
