import { Trainer } from './trainer';
import type { NetworkScenario } from './types';

export interface GradientCheckEntry {
  readonly param: 'w' | 'b';
  /** DOM layer numbering: for `w`, the layer the weight leaves; for `b`, the neuron's layer. */
  readonly layer: number;
  readonly j: number;
  /** Source neuron of a weight; −1 for a bias. */
  readonly k: number;
  readonly backprop: number;
  readonly numeric: number;
  /** |backprop − numeric| / max(|backprop|, |numeric|), 0 when both are 0. */
  readonly relativeError: number;
  /** Both values are below {@link TINY}: a large relative error there is rounding, not a bug. */
  readonly tiny: boolean;
}

/** Gradients smaller than this are dominated by the rounding error of the differences. */
export const TINY = 1e-7;

/**
 * Checks backpropagation against central differences, (L(θ + h) − L(θ − h)) / 2h, for
 * every parameter. The step h is scaled to the parameter's size so that large weights are
 * nudged by a meaningful amount.
 */
export function gradientCheck(scenario: NetworkScenario, h = 1e-5): GradientCheckEntry[] {
  const trainer = new Trainer(scenario);
  trainer.computeGradient();
  const gW = trainer.gW.map((g) => Float64Array.from(g));
  const gb = trainer.gb.map((g) => Float64Array.from(g));
  const entries: GradientCheckEntry[] = [];

  const numeric = (values: Float64Array, i: number): number => {
    const original = values[i] as number;
    const step = h * Math.max(1, Math.abs(original));
    values[i] = original + step;
    const plus = trainer.computeGradient();
    values[i] = original - step;
    const minus = trainer.computeGradient();
    values[i] = original;
    return (plus - minus) / (2 * step);
  };
  const entry = (
    param: 'w' | 'b',
    layer: number,
    j: number,
    k: number,
    backprop: number,
    estimate: number,
  ) => {
    const scale = Math.max(Math.abs(backprop), Math.abs(estimate));
    entries.push({
      param,
      layer,
      j,
      k,
      backprop,
      numeric: estimate,
      relativeError: scale === 0 ? 0 : Math.abs(backprop - estimate) / scale,
      tiny: scale < TINY,
    });
  };

  trainer.W.forEach((W, l) => {
    const fanIn = scenario.layers[l] as number;
    for (let i = 0; i < W.length; i++) {
      entry('w', l, Math.floor(i / fanIn), i % fanIn, gW[l]?.[i] as number, numeric(W, i));
    }
  });
  trainer.b.forEach((b, l) => {
    for (let j = 0; j < b.length; j++)
      entry('b', l + 1, j, -1, gb[l]?.[j] as number, numeric(b, j));
  });
  return entries;
}
