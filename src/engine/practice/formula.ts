import { OPS, type GateOp } from '../graph/ops';
import { ACTIVATION_FNS } from '../network/activations';
import type { Activation } from '../network/types';
import type { Operand } from '../trace';
import { assertNever } from '../../lib/assertNever';

/**
 * The formula of an asked value, with its operands: what the checker, the mistake
 * classifier and the hints share. Each form is one rule of the lecture.
 */
export type Formula =
  /** z = Σ w·a + b. */
  | {
      readonly form: 'weighted-sum';
      readonly terms: readonly (readonly [w: Operand, a: Operand])[];
      readonly bias: Operand;
    }
  /** a = σ(z). */
  | { readonly form: 'activation'; readonly activation: Activation; readonly z: Operand }
  /** δ = σ′(z) · ∂C/∂a: the op-amp's gain times its input (Σ w·δ, or ∂C/∂y at the output). */
  | { readonly form: 'amp'; readonly gain: Operand; readonly input: Operand }
  /** ∂C/∂w = ∂z/∂w · ∂C/∂z = a_in · δ. */
  | { readonly form: 'weight-grad'; readonly input: Operand; readonly delta: Operand }
  /** ∂C/∂b = δ. */
  | { readonly form: 'bias-grad'; readonly delta: Operand }
  /** θ′ = θ − η · ∂L/∂θ. */
  | {
      readonly form: 'update';
      readonly param: Operand;
      readonly eta: Operand;
      readonly grad: Operand;
    }
  /** A gate's value from its inputs. */
  | { readonly form: 'gate-value'; readonly op: GateOp; readonly inputs: readonly Operand[] }
  /**
   * ∂f/∂node: the branches that reached the node at earlier gates, plus, for each slot in
   * which the last gate reads it, local gradient × upstream. One branch in all when the
   * node does not fan out.
   */
  | {
      readonly form: 'gate-grad';
      readonly upstream: Operand;
      readonly here: readonly { readonly local: Operand; readonly share: Operand }[];
      readonly earlier: readonly Operand[];
    };

export type FormulaForm = Formula['form'];

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** The value a formula gives from its operands' values (float64, as the trace computes it). */
export function evaluateFormula(formula: Formula): number {
  switch (formula.form) {
    case 'weighted-sum':
      return formula.terms.reduce((s, [w, a]) => s + w.value * a.value, formula.bias.value);
    case 'activation':
      return ACTIVATION_FNS[formula.activation].f(formula.z.value);
    case 'amp':
      return formula.gain.value * formula.input.value;
    case 'weight-grad':
      return formula.input.value * formula.delta.value;
    case 'bias-grad':
      return formula.delta.value;
    case 'update':
      return formula.param.value - formula.eta.value * formula.grad.value;
    case 'gate-value': {
      const [a, b] = formula.inputs;
      return OPS[formula.op].forward(a?.value ?? NaN, b?.value ?? NaN);
    }
    case 'gate-grad':
      return (
        sum(formula.earlier.map((o) => o.value)) +
        sum(formula.here.map(({ local }) => local.value * formula.upstream.value))
      );
    default:
      return assertNever(formula);
  }
}

/** Every branch of a gate gradient: the earlier ones, then this gate's shares. */
export function branchesOf(formula: Extract<Formula, { form: 'gate-grad' }>): Operand[] {
  return [...formula.earlier, ...formula.here.map(({ share }) => share)];
}
