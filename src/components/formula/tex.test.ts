import { describe, expect, it } from 'vitest';
import {
  buildNetworkTrace,
  LECTURE_SCENARIO,
  parseScenario,
  type NetworkScenario,
} from '../../engine';
import { networkStepTex } from './tex';

const lecture = buildNetworkTrace(LECTURE_SCENARIO);
const stepOf = (trace: typeof lecture, kind: string, index = 0) => {
  const step = trace.steps.filter((s) => s.kind === kind)[index];
  if (step === undefined) throw new Error(`no ${kind} step`);
  return step;
};

function network(extra: Partial<NetworkScenario>): NetworkScenario {
  const parsed = parseScenario({ ...LECTURE_SCENARIO, ...extra });
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('scenario refused');
  return parsed.scenario;
}

describe('networkStepTex', () => {
  it('writes the summary with the z of the weight’s own neuron: ∂z₅/∂w₅,₃ · ∂C/∂z₅', () => {
    const w53 = lecture.steps.find(
      (s) => s.resultSymbol === '\\frac{\\partial C}{\\partial w_{5,3}}',
    );
    if (w53 === undefined) throw new Error('no w5,3');
    expect(networkStepTex(w53)).toEqual([
      '\\frac{\\partial C}{\\partial w_{5,3}} = \\frac{\\partial z_{5}}{\\partial w_{5,3}} \\cdot \\frac{\\partial C}{\\partial z_{5}} = a_{3} \\cdot \\delta_{5}',
      '= 0.8635 \\cdot (-0.09028) = -0.07796',
    ]);
  });

  it('writes a bias’s gradient as ∂z₅/∂b₅ · ∂C/∂z₅ = 1·δ₅', () => {
    const b5 = stepOf(lecture, 'db', 4);
    expect(networkStepTex(b5)).toEqual([
      '\\frac{\\partial C}{\\partial b_{5}} = \\frac{\\partial z_{5}}{\\partial b_{5}} \\cdot \\frac{\\partial C}{\\partial z_{5}} = 1 \\cdot \\delta_{5} = -0.09028',
    ]);
  });

  it('writes the cost with the outputs y and the targets ŷ', () => {
    expect(networkStepTex(stepOf(lecture, 'cost'))[0]).toBe(
      'C = \\tfrac12 \\sum_j (y_j - \\hat y_j)^2',
    );
  });

  it('writes ∂C/∂y for softmax cross-entropy as the engine computes it, with one index', () => {
    const trace = buildNetworkTrace(
      network({
        activation: ['sigmoid', 'sigmoid', 'linear'],
        loss: 'softmax-ce',
        samples: [{ x: [1, -1], y: [0.25, 0.5] }],
      }),
    );
    const second = stepOf(trace, 'dCdy', 1);
    const lines = networkStepTex(second);
    expect(lines[0]).toBe(
      '\\frac{\\partial C}{\\partial y_{2}} = \\Big(\\textstyle\\sum_k \\hat y_k\\Big)\\,\\mathrm{softmax}(y)_{2} - \\hat{y}_{2}',
    );
    // (Σŷ)·p₂ − ŷ₂ with Σŷ = 0.75: the targets need not add up to 1.
    const [z5, z6] = [0.479817494196322, 1.57943146267472];
    const p2 = Math.exp(z6) / (Math.exp(z5) + Math.exp(z6));
    expect(second.result).toBeCloseTo(0.75 * p2 - 0.5, 12);
    expect(lines[1]).toBe(`= ${Number((0.75 * p2 - 0.5).toPrecision(4))}`);
  });

  it('writes ∂C/∂y for the mean squared error with the number of outputs, not an undefined n', () => {
    const trace = buildNetworkTrace(network({ loss: 'mse' }));
    expect(networkStepTex(stepOf(trace, 'dCdy'))).toEqual([
      '\\frac{\\partial C}{\\partial y_{1}} = \\tfrac{2}{2}(a_{5} - \\hat{y}_{1}) = \\tfrac{2}{2}(0.6177 - 1) = -0.3823',
    ]);
  });
});
