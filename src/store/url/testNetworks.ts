import { LECTURE_SCENARIO, type Activation, type NetworkScenario } from '../../engine';

/**
 * For tests of links: a network of `layers` whose weights are all different (sines of
 * their place) and whose biases are sevenths, so that its link is as long as its size
 * makes it, with one sample.
 */
export function distinctNetwork(
  layers: readonly number[],
  activation: readonly Activation[],
  sample: { x: number[]; y: number[] },
): NetworkScenario {
  return {
    ...LECTURE_SCENARIO,
    layers: [...layers],
    activation: [...activation],
    weights: layers
      .slice(1)
      .map((n, l) =>
        Array.from({ length: n }, (_, j) =>
          Array.from({ length: layers[l] ?? 0 }, (_, k) => Math.sin(l * 97 + j * 13 + k)),
        ),
      ),
    biases: layers.slice(1).map((n) => Array.from({ length: n }, (_, j) => j / 7)),
    samples: [sample],
  };
}
