import type { NetworkScenario } from '../network/types';
import { EtaSearch } from '../playground/etaSearch';
import { scenarioSetup } from '../playground/setup';

/** Trial steps per η tried: the scene's networks are small, so each trial can look further. */
export const EXAMPLES_TRIAL_STEPS = 200;

/**
 * The η search of the data playground for the gradient-descent scene's run: copies of
 * the network from θ where the failing η took effect (`theta`, in paramRefs order, at
 * `iteration`), full-batch steps with η tried downwards from `eta`. Advance it with
 * `advance(budget)` until it returns true; `result.learningRate` is an η that trained.
 */
export function examplesEtaSearch(
  network: NetworkScenario,
  iteration: number,
  theta: Float64Array,
  eta: number,
): EtaSearch {
  const { setup, hyper } = scenarioSetup(network);
  return new EtaSearch(
    setup,
    { iteration, cursor: 0 },
    Float64Array.from(theta),
    { ...hyper, learningRate: eta },
    EXAMPLES_TRIAL_STEPS,
  );
}
