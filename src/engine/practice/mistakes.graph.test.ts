import { describe } from 'vitest';
import { graphQuestions, runCases } from './testing/cases';

describe('the CS231n circuits and the lecture chain-rule cases', () => {
  describe('(x + y)·z at (−2, 5, −4)', () => {
    runCases(graphQuestions('cs231n-add-mul'), [
      { id: 'value:g2', value: -12, right: ['-12'], mistakes: [['12', 'sign']] },
      {
        id: 'grad:x',
        value: -4,
        right: ['-4', '-4.0'],
        mistakes: [
          ['1', 'missing-upstream'],
          ['4', 'sign'],
        ],
      },
      {
        id: 'grad:z',
        value: 3,
        right: ['3'],
        mistakes: [
          ['-3', 'sign'],
          ['1', undefined],
        ],
      },
    ]);
  });
  describe('the 2-D sigmoid neuron', () => {
    runCases(graphQuestions('cs231n-sigmoid-neuron'), [
      // The exp gate: local e⁻¹ = 0.368, upstream −0.534. CS231n prints −0.20: 1.7% off.
      {
        id: 'grad:g5',
        value: -0.19661193324148185,
        right: ['-0.197', '-0.1966'],
        wrong: ['-0.2'],
        mistakes: [
          ['0.368', 'missing-upstream'],
          ['0.197', 'sign'],
        ],
      },
      {
        id: 'grad:w0',
        value: -0.19661193324148185,
        right: ['-0.197'],
        mistakes: [['-1', 'missing-upstream']],
      },
      {
        id: 'grad:x1',
        value: -0.5898357997244456,
        right: ['-0.59', '-0.590'],
        mistakes: [['-3', 'missing-upstream']],
      },
      {
        id: 'value:g8',
        value: 0.7310585786300049,
        right: ['0.731', '0.73'],
        mistakes: [['-0.731', 'sign']],
      },
    ]);
  });
  describe('the staged computation: x fans out to three gates', () => {
    runCases(graphQuestions('staged'), [
      {
        id: 'grad:x',
        value: 2.059569795572165,
        right: ['2.06', '2.0596'],
        mistakes: [
          ['1.583', 'branch-not-sum'],
          ['-0.0358', 'branch-not-sum'],
          ['0.512', 'branch-not-sum'],
          ['2.547', 'missing-upstream'],
          ['-2.06', 'sign'],
        ],
      },
      {
        // y's branch through σ(y) is 0.00904; the one through (x + y)², 1.583, is within
        // 1% of the sum, so giving it alone counts as right.
        id: 'grad:y',
        value: 1.5922327514838093,
        right: ['1.59', '1.583'],
        mistakes: [['0.00904', 'branch-not-sum']],
      },
    ]);
  });
  describe('chain rule, case 2: exp(s)·s² at s = 1', () => {
    // Both paths: 2s·eˢ = 5.437 and eˢ·s² = 2.718; the upstream of exp is s² = 1, so its
    // local gradient alone is that branch too, and "add the branches" is the advice.
    runCases(graphQuestions('chain-case-2'), [
      {
        id: 'grad:s',
        value: 3 * Math.E,
        right: ['8.15', '8.155'],
        mistakes: [
          ['5.437', 'branch-not-sum'],
          ['2.718', 'branch-not-sum'],
          ['-8.15', 'sign'],
        ],
      },
    ]);
  });
  describe('the max gate routes: values near zero', () => {
    runCases(graphQuestions('max-gate'), [
      {
        id: 'grad:z',
        value: 2,
        right: ['2'],
        mistakes: [
          ['1', 'missing-upstream'],
          ['-2', 'sign'],
        ],
      },
      // ∂f/∂w = 0: anything below 10⁻⁶ is right, and no mistake is named for a wrong one.
      {
        id: 'grad:w',
        value: 0,
        right: ['0', '-0', '5e-7', '-9.9e-7'],
        wrong: ['1e-6', '0.001'],
        mistakes: [
          ['1', undefined],
          ['-2', undefined],
        ],
      },
    ]);
  });
});
