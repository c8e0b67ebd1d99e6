import { describe, expect, it } from 'vitest';
import { batchGradient, parseScenario, trainStep } from '../index';
import {
  deepScenario,
  MAZUR_SCENARIO,
  SINE_SCENARIO,
  sineSamples,
  TRAINING_PRESET_IDS,
  trainingPreset,
  XOR_SCENARIO,
} from './presets';
import { replay } from './replay';

describe('every preset', () => {
  it.each(TRAINING_PRESET_IDS)('%s is a valid, normalised scenario', (id) => {
    const scenario = trainingPreset(id);
    const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenario).toEqual(scenario);
  });
});

describe("Matt Mazur's step-by-step example (2-2-2 sigmoid, one example, η = 0.5)", () => {
  it('has total error 0.298371109 before the first step', () => {
    expect(batchGradient(MAZUR_SCENARIO).loss).toBeCloseTo(0.298371109, 9);
  });

  it('moves w5 to 0.35891648 in one step, and the other weights as the tutorial prints', () => {
    const [hidden, output] = trainStep(MAZUR_SCENARIO).weights;
    // w5 w6 / w7 w8 are the output layer's rows, w1 w2 / w3 w4 the hidden layer's.
    expect(output?.[0]?.[0]).toBeCloseTo(0.35891648, 8);
    expect(output?.[0]?.[1]).toBeCloseTo(0.408666186, 9);
    expect(output?.[1]?.[0]).toBeCloseTo(0.51130127, 8);
    expect(output?.[1]?.[1]).toBeCloseTo(0.561370121, 9);
    expect(hidden?.[0]?.[0]).toBeCloseTo(0.149780716, 9);
    expect(hidden?.[0]?.[1]).toBeCloseTo(0.19956143, 8);
    expect(hidden?.[1]?.[0]).toBeCloseTo(0.24975114, 8);
    expect(hidden?.[1]?.[1]).toBeCloseTo(0.29950229, 8);
  });
});

describe('XOR on a 2-2-1 sigmoid network (seed 1, η = 2)', () => {
  it('draws its weights from seed 1', () => {
    expect(XOR_SCENARIO.weights).toEqual([
      [
        [0.31, -1.22],
        [0.07, 1.18],
      ],
      [[1.32, -0.62]],
    ]);
    expect(XOR_SCENARIO.seed).toBe(1);
  });

  // Exact numbers, so that any change to the arithmetic is caught. They are V8's (Node 20):
  // another engine may round Math.exp differently in the last bit.
  it('first gets the loss below 0.01 at step 343, always with the same numbers', () => {
    const { losses } = replay(XOR_SCENARIO, 400);
    expect(losses[0]).toBe(0.5087423485555072);
    expect(losses.findIndex((l) => l < 0.01)).toBe(343);
    expect(losses[343]).toBe(0.009959387408669645);
    expect(losses[342]).toBe(0.010024680255110293);
  });
});

describe('the curve fit', () => {
  it('samples sin x at 20 evenly spaced points of [−π, π]', () => {
    const samples = sineSamples();
    expect(samples).toHaveLength(20);
    expect(samples[0]?.x[0]).toBe(-3.14);
    expect(samples[19]?.x[0]).toBe(3.14);
    for (const s of samples) expect(s.y[0]).toBeCloseTo(Math.sin(s.x[0] ?? NaN), 4);
  });

  it('is a 1-8-8-1 tanh network with a linear output, mean MSE, whose loss falls every step', () => {
    expect(SINE_SCENARIO.layers).toEqual([1, 8, 8, 1]);
    expect(SINE_SCENARIO.activation).toEqual(['tanh', 'tanh', 'linear']);
    expect(SINE_SCENARIO.reduction).toBe('mean');
    const { losses } = replay(SINE_SCENARIO, 2000);
    for (let i = 1; i < losses.length; i++)
      expect(losses[i]).toBeLessThanOrEqual(losses[i - 1] as number);
    expect(losses[2000]).toBeLessThan(0.011);
  });
});

describe('the deep networks show the vanishing gradient', () => {
  const firstOverLast = (hidden: 'sigmoid' | 'tanh' | 'relu') => {
    const { gradientNorms } = replay(deepScenario(hidden), 0);
    return (gradientNorms[0]?.[0] ?? NaN) / (gradientNorms[5]?.[0] ?? NaN);
  };

  it('with sigmoid the first layer gets under 1/100 of the last layer’s gradient', () => {
    expect(firstOverLast('sigmoid')).toBeLessThan(0.01);
  });

  it('with tanh or ReLU it gets a comparable share', () => {
    expect(firstOverLast('tanh')).toBeGreaterThan(0.1);
    expect(firstOverLast('relu')).toBeGreaterThan(0.1);
  });

  it('sigmoid is stuck on its plateau after 1000 steps while tanh and ReLU fit the curve', () => {
    expect(replay(deepScenario('sigmoid'), 1000).losses[1000]).toBeGreaterThan(0.4);
    expect(replay(deepScenario('tanh'), 1000).losses[1000]).toBeLessThan(0.02);
    expect(replay(deepScenario('relu'), 1000).losses[1000]).toBeLessThan(0.03);
  });
});
