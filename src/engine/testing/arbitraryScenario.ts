import fc from 'fast-check';
import {
  ACTIVATIONS,
  LOSSES,
  type Activation,
  type Loss,
  type NetworkScenario,
} from '../network/types';

/** Options for {@link arbitraryNetwork}. */
export interface ArbitraryOptions {
  readonly activations?: readonly Activation[];
  readonly losses?: readonly Loss[];
  readonly maxLayers?: number;
  readonly maxNeurons?: number;
  readonly maxSamples?: number;
}

const weight = fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true });

/**
 * Random valid network scenarios for property tests: random shapes, per-layer
 * activations, losses (with the output layer each loss requires), weights and samples.
 */
export function arbitraryNetwork(options: ArbitraryOptions = {}): fc.Arbitrary<NetworkScenario> {
  const activations = options.activations ?? ACTIVATIONS;
  const losses = options.losses ?? LOSSES;
  return fc
    .record({
      layers: fc.array(fc.integer({ min: 1, max: options.maxNeurons ?? 4 }), {
        minLength: 2,
        maxLength: options.maxLayers ?? 4,
      }),
      loss: fc.constantFrom(...losses),
      samples: fc.integer({ min: 1, max: options.maxSamples ?? 3 }),
      reduction: fc.constantFrom('sum' as const, 'mean' as const),
      learningRate: fc.double({ min: 0.01, max: 2, noNaN: true }),
    })
    .chain(({ layers, loss, samples, reduction, learningRate }) => {
      const outputs = layers[layers.length - 1] as number;
      const hidden = fc.array(fc.constantFrom(...activations), {
        minLength: layers.length - 2,
        maxLength: layers.length - 2,
      });
      const last: fc.Arbitrary<Activation> =
        loss === 'softmax-ce'
          ? fc.constant('linear')
          : loss === 'bce'
            ? fc.constant('sigmoid')
            : fc.constantFrom(...activations);
      const target =
        loss === 'bce' || loss === 'softmax-ce'
          ? fc.double({ min: 0, max: 1, noNaN: true })
          : weight;
      return fc
        .record({
          activation: fc.tuple(hidden, last).map(([h, o]) => [...h, o]),
          weights: fc.tuple(
            ...layers.slice(1).map((n, l) =>
              fc.array(
                fc.array(weight, {
                  minLength: layers[l] as number,
                  maxLength: layers[l] as number,
                }),
                { minLength: n, maxLength: n },
              ),
            ),
          ),
          biases: fc.tuple(
            ...layers.slice(1).map((n) => fc.array(weight, { minLength: n, maxLength: n })),
          ),
          samples: fc.array(
            fc.record({
              x: fc.array(weight, {
                minLength: layers[0] as number,
                maxLength: layers[0] as number,
              }),
              y: fc.array(target, { minLength: outputs, maxLength: outputs }),
            }),
            { minLength: samples, maxLength: samples },
          ),
        })
        .map((rest): NetworkScenario => ({
          version: 1,
          kind: 'network',
          layers,
          loss,
          reduction,
          learningRate,
          ...rest,
        }));
    });
}
