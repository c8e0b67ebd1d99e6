import {
  orderedFeatures,
  parameterLayout,
  REGULARIZATIONS,
  type Hyperparameters,
  type ParameterEdit,
} from '../engine/playground';
import { PLAYGROUND_LIMITS, type ConfigProblem, type PlaygroundConfig } from './playgroundProtocol';

/**
 * Checks a configuration before the worker builds a run from it, so that a bad link or
 * message gets a named problem instead of an exception in the worker.
 */
export function configProblems(config: PlaygroundConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { network, log, iteration, data } = config;
  if (orderedFeatures(network.features).length === 0) problems.push({ code: 'no-features' });
  if (network.hidden.length > PLAYGROUND_LIMITS.maxHiddenLayers)
    problems.push({ code: 'too-many-layers', limit: PLAYGROUND_LIMITS.maxHiddenLayers });
  network.hidden.forEach((n, index) => {
    if (!Number.isInteger(n) || n < 1 || n > PLAYGROUND_LIMITS.maxNeurons)
      problems.push({ code: 'bad-layer-size', index, limit: PLAYGROUND_LIMITS.maxNeurons });
  });
  if (data.kind === 'points' && data.train.length === 0)
    problems.push({ code: 'no-training-points' });
  if (!Number.isInteger(iteration) || iteration < 0 || iteration > PLAYGROUND_LIMITS.maxIteration)
    problems.push({ code: 'bad-iteration', limit: PLAYGROUND_LIMITS.maxIteration });
  log.forEach(({ hyper, edits }, index) => {
    if (!hyperparametersOk(hyper)) problems.push({ code: 'bad-hyperparameter', index });
    if (edits !== undefined && !edits.every((e) => editOk(e, parameterCount(network))))
      problems.push({ code: 'bad-parameter-edit', index, limit: PLAYGROUND_LIMITS.maxParameter });
  });
  return problems;
}

/** A typed weight or bias: finite, and within ±maxParameter. */
export function parameterValueOk(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= PLAYGROUND_LIMITS.maxParameter;
}

function editOk(edit: ParameterEdit, count: number): boolean {
  return (
    Number.isInteger(edit.index) &&
    edit.index >= 0 &&
    edit.index < count &&
    parameterValueOk(edit.value)
  );
}

/** θ's length for the network asked for (inputs = its features, one output). */
function parameterCount(network: PlaygroundConfig['network']): number {
  return parameterLayout([orderedFeatures(network.features).length, ...network.hidden, 1]).size;
}

/** η > 0 and λ ≥ 0 finite, a batch of at least one, a known penalty. */
export function hyperparametersOk(hyper: Hyperparameters): boolean {
  return (
    Number.isFinite(hyper.learningRate) &&
    hyper.learningRate > 0 &&
    hyper.batchSize >= 1 &&
    Number.isFinite(hyper.regularizationRate) &&
    hyper.regularizationRate >= 0 &&
    REGULARIZATIONS.includes(hyper.regularization)
  );
}
