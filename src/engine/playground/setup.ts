import { initialiseParameters } from '../network/initialise';
import type { Activation, Loss, NetworkScenario } from '../network/types';
import type { DataPoint, Problem } from './datasets';
import { featureRows, orderedFeatures, type FeatureId } from './features';
import { DEFAULT_HYPERPARAMETERS, type Hyperparameters } from './hyperparameters';
import { packParameters, parameterLayout, type NetworkShape } from './layout';
import { targetOf, type Objective } from './objective';
import type { TrainingSet } from './trainer';

/** Everything a run is determined by, besides its log of hyperparameter changes. */
export interface RunSetup {
  readonly shape: NetworkShape;
  readonly objective: Objective;
  readonly train: TrainingSet;
  /** θ⁰, laid out as `parameterLayout(shape.layers)` says. */
  readonly theta0: Float64Array;
}

/** θ⁰ drawn from a seed by the engine's documented initialiser (`initialiseParameters`). */
export function initialTheta(layers: readonly number[], seed: number): Float64Array {
  const { weights, biases } = initialiseParameters(layers, seed);
  return packParameters(parameterLayout(layers), weights, biases);
}

/** Points as loop-ready rows: the selected features, and targets under the loss. */
export function toTrainingSet(
  points: readonly DataPoint[],
  features: readonly FeatureId[],
  loss: Loss,
): TrainingSet {
  return {
    inputs: featureRows(points, orderedFeatures(features)),
    targets: Float64Array.from(points, (p) => targetOf(loss, p.label)),
    count: points.length,
  };
}

/** What the Playground's screen chooses: features, hidden layers, activations, seed. */
export interface PlaygroundNetworkChoice {
  readonly features: readonly FeatureId[];
  /** Neurons per hidden layer, e.g. [4, 2]. */
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly problem: Problem;
  readonly seed: number;
}

/**
 * The Playground's network for a choice: one input per feature, the hidden layers, one
 * output that is tanh for classification and linear for regression, θ⁰ from the seed.
 */
export function playgroundSetup(
  choice: PlaygroundNetworkChoice,
  points: readonly DataPoint[],
  objective: Objective,
): RunSetup {
  const layers = [orderedFeatures(choice.features).length, ...choice.hidden, 1];
  const output: Activation =
    objective.loss === 'bce' ? 'sigmoid' : choice.problem === 'regression' ? 'linear' : 'tanh';
  const activations = [...choice.hidden.map(() => choice.activation), output];
  return {
    shape: { layers, activations },
    objective,
    train: toTrainingSet(points, choice.features, objective.loss),
    theta0: initialTheta(layers, choice.seed),
  };
}

/**
 * A network scenario of the other scenes (the lecture's network, XOR, sin x) as a run:
 * its samples, its parameters as θ⁰, its loss and reduction, its η with full-batch steps.
 */
export function scenarioSetup(scenario: NetworkScenario): {
  setup: RunSetup;
  hyper: Hyperparameters;
} {
  const count = scenario.samples.length;
  const layers = scenario.layers;
  const inputs = new Float64Array((layers[0] ?? 0) * count);
  const targets = new Float64Array((layers.at(-1) ?? 0) * count);
  scenario.samples.forEach((s, n) => {
    s.x.forEach((v, f) => (inputs[f * count + n] = v));
    s.y.forEach((v, j) => (targets[j * count + n] = v));
  });
  return {
    setup: {
      shape: { layers, activations: scenario.activation },
      objective: { loss: scenario.loss, reduction: scenario.reduction },
      train: { inputs, targets, count },
      theta0: packParameters(parameterLayout(layers), scenario.weights, scenario.biases),
    },
    hyper: { ...DEFAULT_HYPERPARAMETERS, learningRate: scenario.learningRate, batchSize: count },
  };
}
