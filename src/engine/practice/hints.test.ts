import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import { hintLadder, UNKNOWN_BOX } from './hints';
import { graphQuestions, networkQuestions } from './testing/cases';
import { texNumber } from './texNumber';

const lecture = networkQuestions(LECTURE_SCENARIO);
const question = (id: string, questions = lecture) => {
  const q = questions.find((x) => x.id === id);
  if (q === undefined) throw new Error(`no question ${id}`);
  return q;
};

describe('the hint ladder', () => {
  it('climbs from the values needed to the rule, then the rule with the numbers: z₃', () => {
    const [needs, formula, numbers] = hintLadder(question('z:2:0'));
    expect(needs).toEqual({
      rung: 'needs',
      elements: ['neuron-1-0', 'edge-1-0-0', 'neuron-1-1', 'edge-1-1-0', 'bias-2-0'],
    });
    expect(formula).toEqual({
      rung: 'formula',
      form: 'weighted-sum',
      tex: 'z_{3} = w_{3,1} \\cdot a_{1} + w_{3,2} \\cdot a_{2} + b_{3}',
    });
    expect(numbers.tex).toBe('z_{3} = 2 \\cdot 0.982 + (-1) \\cdot 0.1192 + 0 = \\boxed{?}');
  });

  it.each([
    [
      'a:1:1',
      'a_{2} = \\sigma(z_{2}) = \\frac{1}{1 + e^{-z_{2}}}',
      'a_{2} = \\sigma(-2) = \\frac{1}{1 + e^{-(-2)}} = \\boxed{?}',
    ],
    [
      'delta:3:0',
      "\\delta_{5} = \\sigma'(z_{5}) \\cdot \\frac{\\partial C}{\\partial y_{1}}",
      '\\delta_{5} = 0.2361 \\cdot (-0.3823) = \\boxed{?}',
    ],
    [
      'delta:1:1',
      "\\delta_{2} = \\sigma'(z_{2}) \\cdot \\frac{\\partial C}{\\partial a_{2}}",
      '\\delta_{2} = 0.105 \\cdot (-0.009398) = \\boxed{?}',
    ],
    [
      'dW:0:1:0',
      '\\frac{\\partial C}{\\partial w_{1,x2}} = x_{2} \\cdot \\delta_{1}',
      '\\frac{\\partial C}{\\partial w_{1,x2}} = (-1) \\cdot (-0.003565) = \\boxed{?}',
    ],
    [
      'db:3:1',
      '\\frac{\\partial C}{\\partial b_{6}} = 1 \\cdot \\delta_{6}',
      '\\frac{\\partial C}{\\partial b_{6}} = 1 \\cdot 0.1175 = \\boxed{?}',
    ],
    [
      'wNext:2:0:0',
      "w_{5,3}' = w_{5,3} - \\eta \\cdot \\frac{\\partial L}{\\partial w_{5,3}}",
      "w_{5,3}' = 3 - 0.5 \\cdot (-0.07796) = \\boxed{?}",
    ],
    [
      'bNext:1:1',
      "b_{2}' = b_{2} - \\eta \\cdot \\frac{\\partial L}{\\partial b_{2}}",
      "b_{2}' = 0 - 0.5 \\cdot (-9.867 \\times 10^{-4}) = \\boxed{?}",
    ],
  ])('writes %s with the step’s own symbols, then its numbers', (id, formula, numbers) => {
    const [, f, n] = hintLadder(question(id));
    expect(f.tex).toBe(formula);
    expect(n.tex).toBe(numbers);
  });

  it('writes a graph gate’s value and a fan-out gradient as the sum of its branches', () => {
    const addMul = graphQuestions('cs231n-add-mul');
    expect(hintLadder(question('value:g1', addMul))[2].tex).toBe('g_{1} = -2 + 5 = \\boxed{?}');
    expect(hintLadder(question('value:g2', addMul))[1].tex).toBe('g_{2} = g_{1} \\cdot z');
    const [needs, formula, numbers] = hintLadder(
      question('grad:s', graphQuestions('chain-case-2')),
    );
    expect(needs.elements).toEqual(['gate-g1', 'var-s', 'gate-g2']);
    expect(formula.tex).toBe(
      '\\frac{\\partial f}{\\partial s} = \\left.\\frac{\\partial f}{\\partial s}\\right|_{g_{2}} + \\frac{\\partial g_{1}}{\\partial s} \\cdot \\frac{\\partial f}{\\partial g_{1}}',
    );
    expect(numbers.tex).toBe(
      '\\frac{\\partial f}{\\partial s} = 5.437 + 2.718 \\cdot 1 = \\boxed{?}',
    );
  });

  it('never writes the unknown’s value, only the box', () => {
    for (const q of [...lecture, ...graphQuestions('staged')]) {
      const [, formula, numbers] = hintLadder(q);
      expect(numbers.tex.endsWith(`= ${UNKNOWN_BOX}`)).toBe(true);
      expect(formula.tex).not.toContain(UNKNOWN_BOX);
      const shown = numbers.tex.slice(0, -UNKNOWN_BOX.length);
      // The answer's own digits appear only where an operand has the same value (∂C/∂b = 1·δ).
      const operandValues = JSON.stringify(q.formula).match(/"value":(-?[\d.e-]+)/g) ?? [];
      const answer = texNumber(q.value);
      if (!operandValues.some((v) => texNumber(Number(v.slice(8))) === answer))
        expect(shown.split(/[ =(),]/)).not.toContain(answer);
    }
  });

  it('uses the UI’s number format when it is given one', () => {
    const [, , numbers] = hintLadder(question('delta:3:0'), (v) => v.toFixed(2));
    expect(numbers.tex).toBe('\\delta_{5} = 0.24 \\cdot (-0.38) = \\boxed{?}');
  });
});

describe('hint numbers', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [4, '4'],
    [0.98201379, '0.982'],
    [-0.09027732901189876, '-0.09028'],
    [1.8448246580537, '1.845'],
    [220, '220'],
    [0.000986695763572435, '9.867 \\times 10^{-4}'],
    [123456, '1.235 \\times 10^{5}'],
    [-0.00049999, '-5 \\times 10^{-4}'],
    [NaN, '\\mathrm{NaN}'],
    [-Infinity, '-\\infty'],
  ])('writes %d as %s', (value, tex) => {
    expect(texNumber(value)).toBe(tex);
  });
});
