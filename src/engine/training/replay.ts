import type { NetworkScenario } from '../network/types';
import { TrainingRun, type Divergence } from './run';

export interface Replay {
  /** θ at the iteration reached, as a scenario. */
  readonly scenario: NetworkScenario;
  /** The iteration reached: `iterations`, or less when a step diverged. */
  readonly iteration: number;
  /** L(θⁱ) for i = 0 … iteration. */
  readonly losses: Float64Array;
  /** Per weight layer l, ‖∂L/∂W_l‖ at θⁱ for i = 0 … iteration. */
  readonly gradientNorms: Float64Array[];
  readonly divergence: Divergence | null;
}

/**
 * θ after `iterations` gradient-descent steps from the scenario's parameters θ⁰, with the
 * loss and gradient-norm histories. Deterministic float64: bit for bit the numbers of
 * `iterations` successive `trainStep` calls, every time, in a given JavaScript engine —
 * which is why a link only needs the iteration count. (Engines may round Math.exp, tanh and
 * log differently in the last bit — Node 20 and Chromium 156 do — so another browser
 * reproduces θ to rounding error rather than bit for bit.) Stops at the last finite θ if a
 * step diverges.
 */
export function replay(scenario: NetworkScenario, iterations: number): Replay {
  const run = new TrainingRun(scenario, 2);
  run.goTo(iterations);
  return {
    scenario: run.theta(),
    iteration: run.iteration,
    losses: run.lossHistory().slice(),
    gradientNorms: scenario.weights.map((_, l) => run.normHistory(l).slice()),
    divergence: run.divergence,
  };
}
