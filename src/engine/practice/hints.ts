import type { GateOp } from '../graph/ops';
import { LEAK } from '../network/activations';
import type { Activation } from '../network/types';
import type { Operand } from '../trace';
import { assertNever } from '../../lib/assertNever';
import type { Formula, FormulaForm } from './formula';
import type { Question } from './questions';
import { texNumber, wrapped, type TexNumberFormat } from './texNumber';

/**
 * The hint ladder of a question, as data: the UI words each rung through its own
 * dictionary (by `rung`, and `form` for the rule's name) and renders the TeX.
 *
 * 1. `needs`: the elements whose values the step uses, to highlight on the diagram.
 * 2. `formula`: the rule in symbols, with the step's own operand symbols.
 * 3. `numbers`: the same with the known numbers plugged in and `\boxed{?}` for the unknown.
 */
export type HintRung =
  | { readonly rung: 'needs'; readonly elements: readonly string[] }
  | { readonly rung: 'formula'; readonly form: FormulaForm; readonly tex: string }
  | { readonly rung: 'numbers'; readonly form: FormulaForm; readonly tex: string };

export type HintLadder = readonly [
  Extract<HintRung, { rung: 'needs' }>,
  Extract<HintRung, { rung: 'formula' }>,
  Extract<HintRung, { rung: 'numbers' }>,
];

/** The unknown in the plugged-in formula. */
export const UNKNOWN_BOX = '\\boxed{?}';

/** One argument written two ways: on its own, and where a negative number needs brackets. */
interface Arg {
  readonly plain: string;
  readonly factor: string;
}

type Side = (o: Operand) => Arg;

const GATE_TEX: Readonly<Record<GateOp, (a: Arg, b: Arg) => string>> = {
  add: (a, b) => `${a.plain} + ${b.factor}`,
  sub: (a, b) => `${a.plain} - ${b.factor}`,
  mul: (a, b) => `${a.factor} \\cdot ${b.factor}`,
  div: (a, b) => `\\frac{${a.plain}}{${b.plain}}`,
  pow: (a, b) => `${a.factor}^{${b.plain}}`,
  neg: (a) => `-${a.factor}`,
  exp: (a) => `e^{${a.plain}}`,
  log: (a) => `\\ln(${a.plain})`,
  sqrt: (a) => `\\sqrt{${a.plain}}`,
  abs: (a) => `\\left|${a.plain}\\right|`,
  sin: (a) => `\\sin(${a.plain})`,
  cos: (a) => `\\cos(${a.plain})`,
  tanh: (a) => `\\tanh(${a.plain})`,
  sigmoid: (a) => `\\sigma(${a.plain})`,
  relu: (a) => `\\max(0, ${a.plain})`,
  max: (a, b) => `\\max(${a.plain}, ${b.plain})`,
  min: (a, b) => `\\min(${a.plain}, ${b.plain})`,
};

const ACTIVATION_TEX: Readonly<Record<Activation, (z: Arg) => string>> = {
  sigmoid: (z) => `\\sigma(${z.plain}) = \\frac{1}{1 + e^{-${z.factor}}}`,
  tanh: (z) => `\\tanh(${z.plain})`,
  relu: (z) => `\\max(0, ${z.plain})`,
  'leaky-relu': (z) => `\\max(${LEAK} \\cdot ${z.factor}, ${z.plain})`,
  linear: (z) => z.plain,
};

/** The right-hand side of a formula, in symbols or in numbers depending on `side`. */
function rightHandSide(formula: Formula, side: Side): string {
  const product = (a: Operand, b: Operand) => `${side(a).factor} \\cdot ${side(b).factor}`;
  switch (formula.form) {
    case 'weighted-sum':
      return [...formula.terms.map(([w, a]) => product(w, a)), side(formula.bias).factor].join(
        ' + ',
      );
    case 'activation':
      return ACTIVATION_TEX[formula.activation](side(formula.z));
    case 'amp':
      return product(formula.gain, formula.input);
    case 'weight-grad':
      return product(formula.input, formula.delta);
    case 'bias-grad':
      return `1 \\cdot ${side(formula.delta).factor}`;
    case 'update':
      return `${side(formula.param).plain} - ${product(formula.eta, formula.grad)}`;
    case 'gate-value': {
      const [a, b] = formula.inputs.map(side);
      const none: Arg = { plain: '', factor: '' };
      return GATE_TEX[formula.op](a ?? none, b ?? none);
    }
    case 'gate-grad':
      return [
        ...formula.earlier.map((o) => side(o).factor),
        ...formula.here.map(({ local }) => product(local, formula.upstream)),
      ].join(' + ');
    default:
      return assertNever(formula);
  }
}

/** A symbol needs no brackets: juxtaposed symbols read as a product already. */
const symbolSide: Side = (o) => ({ plain: o.symbol, factor: o.symbol });

/** The three rungs of a question's hint ladder. */
export function hintLadder(
  question: Pick<Question, 'formula' | 'symbol' | 'needs'>,
  format: TexNumberFormat = texNumber,
): HintLadder {
  const { formula, symbol } = question;
  const numberSide: Side = (o) => ({ plain: format(o.value), factor: wrapped(format, o.value) });
  return [
    { rung: 'needs', elements: question.needs },
    {
      rung: 'formula',
      form: formula.form,
      tex: `${symbol} = ${rightHandSide(formula, symbolSide)}`,
    },
    {
      rung: 'numbers',
      form: formula.form,
      tex: `${symbol} = ${rightHandSide(formula, numberSide)} = ${UNKNOWN_BOX}`,
    },
  ];
}
