import { Trainer, unflatten } from './trainer';
import type { NetworkScenario } from './types';

export interface BatchGradient {
  /** L = Σₙ Cⁿ (or the mean, by the scenario's reduction). */
  readonly loss: number;
  /** ∂L/∂w, indexed like `weights`. */
  readonly dW: number[][][];
  /** ∂L/∂b, indexed like `biases`. */
  readonly db: number[][];
}

/** The loss over all samples and its gradient: ∂L/∂w = Σₙ ∂Cⁿ/∂w (lecture, section 3). */
export function batchGradient(scenario: NetworkScenario): BatchGradient {
  const trainer = new Trainer(scenario);
  const loss = trainer.computeGradient();
  return {
    loss,
    dW: trainer.gW.map((g, l) => unflatten(g, scenario.layers[l] as number)),
    db: trainer.gb.map((g) => Array.from(g)),
  };
}

/** A new scenario after one gradient-descent step θ ← θ − η∇L(θ). */
export function trainStep(scenario: NetworkScenario): NetworkScenario {
  const trainer = new Trainer(scenario);
  trainer.step();
  return trainer.toScenario();
}
