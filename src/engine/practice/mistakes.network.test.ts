import { describe } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import type { NetworkScenario } from '../network/types';
import { MAZUR_SCENARIO } from '../training/presets';
import { networkQuestions, runCases } from './testing/cases';

describe('the lecture network (LECTURE.md numbers)', () => {
  runCases(networkQuestions(LECTURE_SCENARIO), [
    {
      id: 'z:3:0',
      value: 0.479817494196322,
      right: ['0.48', '0.480', '0,48'],
      mistakes: [
        ['2.48', 'missing-bias'],
        ['-0.48', 'sign'],
        ['0.5', undefined],
      ],
    },
    {
      id: 'z:2:0',
      value: 1.8448246580537,
      right: ['1.84', '1.845'],
      wrong: ['1.8'],
      mistakes: [['-1.84', 'sign']],
    },
    {
      id: 'a:1:0',
      value: 0.98201379003791,
      right: ['0.982', '0.98'],
      mistakes: [
        ['4', 'missing-activation'],
        ['−0.982', 'sign'],
      ],
    },
    {
      id: 'a:1:1',
      value: 0.119202922022118,
      right: ['0.119', '0.12', '０．１２'],
      mistakes: [['-2', 'missing-activation']],
    },
    // δ₅ = σ′(z₅)·∂C/∂y₁, with ∂C/∂y₁ = a₅ − 1 = −0.382 and σ′(z₅) = 0.236.
    {
      id: 'delta:3:0',
      value: -0.0902773290118988,
      right: ['-0.0903', '-0.090', '－０．０９'],
      mistakes: [
        ['-0.382', 'missing-gain'],
        ['0.236', 'gain-for-delta'],
        ['0.0903', 'sign'],
        ['-0.1', undefined],
      ],
    },
    {
      id: 'delta:3:1',
      value: 0.11746813288383,
      right: ['0.117', '0.1175'],
      wrong: ['0.12'],
      mistakes: [
        ['0.829', 'missing-gain'],
        ['0.142', 'gain-for-delta'],
      ],
    },
    // δ₁ = σ′(4)·(2δ₃ − 2δ₄) = 0.0177 × (−0.202).
    {
      id: 'delta:1:0',
      value: -0.00356516285370642,
      right: ['-0.00357', '-3.57e-3', '−3.6×10⁻³'],
      mistakes: [
        ['-0.202', 'missing-gain'],
        ['0.0177', 'gain-for-delta'],
        ['3.57e-3', 'sign'],
      ],
    },
    {
      id: 'delta:1:1',
      value: -0.000986695763572435,
      right: ['-0.000987', '-9.9e-4'],
      mistakes: [
        ['-0.0094', 'missing-gain'],
        ['0.105', 'gain-for-delta'],
      ],
    },
    // ∂C/∂w from x₂ = −1: δ₁ alone is −(the answer); the input forgotten is the better name.
    {
      id: 'dW:0:1:0',
      value: 0.00356516285370642,
      right: ['0.00357'],
      mistakes: [
        ['-0.00357', 'missing-input'],
        ['-1', 'input-only'],
      ],
    },
    {
      id: 'dW:0:0:0',
      value: -0.00356516285370642,
      right: ['-0.00357'],
      mistakes: [
        ['1', 'input-only'],
        ['0.00357', 'sign'],
      ],
    },
    // ∂C/∂w₅,₃ = a₃·δ₅ = 0.864 × (−0.0903).
    {
      id: 'dW:2:0:0',
      value: 0.863518312678182 * -0.0902773290118988,
      right: ['-0.078', '-0.0780'],
      mistakes: [
        ['-0.0903', 'missing-input'],
        ['0.864', 'input-only'],
        ['0.078', 'sign'],
      ],
    },
    {
      id: 'db:3:1',
      value: 0.11746813288383,
      right: ['0.117'],
      mistakes: [
        ['-0.117', 'sign'],
        ['0.829', undefined],
      ],
    },
    // w₅,₃′ = 3 − 0.5 × (−0.078).
    {
      id: 'wNext:2:0:0',
      value: 3 - 0.5 * 0.863518312678182 * -0.0902773290118988,
      right: ['3.04', '3.039'],
      wrong: ['3'],
      mistakes: [
        ['2.961', 'update-sign'],
        ['3.078', 'missing-eta'],
        ['-3.04', 'sign'],
      ],
    },
    // b₂′ = 0 − 0.5·δ₂: with b = 0, b + ηg = −(b − ηg), and the flipped rule is the better name.
    {
      id: 'bNext:1:1',
      value: 0.5 * 0.000986695763572435,
      right: ['0.000493', '4.93e-4'],
      mistakes: [
        ['-0.000493', 'update-sign'],
        ['9.87e-4', 'missing-eta'],
      ],
    },
  ]);
});

describe("Mazur's step-by-step example (his published numbers)", () => {
  runCases(networkQuestions(MAZUR_SCENARIO), [
    {
      id: 'z:2:0',
      value: 1.105905967,
      right: ['1.106', '1.11', '1.1'],
      mistakes: [
        ['0.5059', 'missing-bias'],
        ['-1.106', 'sign'],
      ],
    },
    {
      id: 'a:2:0',
      value: 0.75136507,
      right: ['0.751', '0.75'],
      mistakes: [['1.106', 'missing-activation']],
    },
    {
      id: 'delta:2:0',
      value: 0.138498562,
      right: ['0.138', '0.1385'],
      wrong: ['0.14'],
      mistakes: [
        ['0.7414', 'missing-gain'],
        ['0.1868', 'gain-for-delta'],
        ['-0.1385', 'sign'],
      ],
    },
    {
      id: 'dW:1:0:0',
      value: 0.082167041,
      right: ['0.0822', '0.082'],
      mistakes: [
        ['0.1385', 'missing-input'],
        ['0.5933', 'input-only'],
        ['-0.0822', 'sign'],
      ],
    },
    {
      id: 'wNext:1:0:0',
      value: 0.35891648,
      right: ['0.359', '0.36'],
      mistakes: [
        ['0.4411', 'update-sign'],
        ['0.3178', 'missing-eta'],
      ],
    },
    {
      id: 'dW:0:0:0',
      value: 0.000438568,
      right: ['4.39e-4', '0.00044'],
      mistakes: [
        ['0.00877', 'missing-input'],
        ['0.05', 'input-only'],
      ],
    },
    // A step this small is inside 1% of the old weight: the unchanged w₁ = 0.15 would pass
    // the 1% rule, but it does not take the step (−0.00022), so it is wrong.
    {
      id: 'wNext:0:0:0',
      value: 0.149780716,
      right: ['0.1498', '0.14978'],
      wrong: ['0.15', '0.1499'],
      mistakes: [['0.15', undefined]],
    },
  ]);
});

describe('a network value below 10⁻⁶', () => {
  const tiny: NetworkScenario = {
    ...LECTURE_SCENARIO,
    layers: [1, 1],
    activation: ['linear'],
    weights: [[[0]]],
    biases: [[5e-7]],
    samples: [{ x: [1], y: [0] }],
  };
  runCases(networkQuestions(tiny), [
    {
      id: 'z:1:0',
      value: 5e-7,
      right: ['0', '4e-7', '-5e-7'],
      wrong: ['1e-6', '0.01'],
      mistakes: [['-0.01', undefined]],
    },
  ]);
});
