import { isRightFor, RELATIVE_TOLERANCE } from './check';
import { assertNever } from '../../lib/assertNever';
import { branchesOf, type Formula } from './formula';
import type { Question } from './questions';
import { MISTAKE_KINDS, type MistakeKind } from './mistakeKinds';

export { MISTAKE_KINDS, type MistakeKind };

/** A number a known mistake produces, from the step's own operands. */
export interface MistakeCandidate {
  readonly mistake: MistakeKind;
  readonly value: number;
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/**
 * The numbers each mistake gives for this formula, most plausible first. When two
 * mistakes give the same number the first one is named, so the order is the precedence:
 *
 * - A mistake in the structure of the formula comes before `sign`: with x = −1,
 *   ∂C/∂w = x·δ = −δ, and answering δ is best explained as the input forgotten
 *   (`missing-input`), which also says how to fix it; with b = 0, b − ηg = −(b + ηg), and
 *   `update-sign` names the flipped rule.
 * - δ: `missing-gain` (the op-amp's input, Σ w·δ or ∂C/∂y) before `gain-for-delta` (σ′(z)
 *   alone): forgetting a factor is the commoner slip.
 * - ∂C/∂w: `missing-input` (δ alone) before `input-only` (a alone), for the same reason.
 * - update: `update-sign` (θ + ηg) before `missing-eta` (θ − g).
 * - graph gradient: `branch-not-sum` (one branch instead of the sum) before
 *   `missing-upstream` (a local gradient not multiplied by the upstream one): when the
 *   upstream gradient is 1 the two coincide, and then only "add the branches" is advice
 *   that changes the answer.
 */
export function mistakeCandidates(formula: Formula, truth: number): MistakeCandidate[] {
  const flipped: MistakeCandidate = { mistake: 'sign', value: -truth };
  switch (formula.form) {
    case 'weighted-sum': {
      const bare = formula.terms.reduce((s, [w, a]) => s + w.value * a.value, 0);
      return [{ mistake: 'missing-bias', value: bare }, flipped];
    }
    case 'activation':
      return [{ mistake: 'missing-activation', value: formula.z.value }, flipped];
    case 'amp':
      return [
        { mistake: 'missing-gain', value: formula.input.value },
        { mistake: 'gain-for-delta', value: formula.gain.value },
        flipped,
      ];
    case 'weight-grad':
      return [
        { mistake: 'missing-input', value: formula.delta.value },
        { mistake: 'input-only', value: formula.input.value },
        flipped,
      ];
    case 'bias-grad':
    case 'gate-value':
      return [flipped];
    case 'update': {
      const { param, eta, grad } = formula;
      return [
        { mistake: 'update-sign', value: param.value + eta.value * grad.value },
        { mistake: 'missing-eta', value: param.value - grad.value },
        flipped,
      ];
    }
    case 'gate-grad':
      return [...gateGradCandidates(formula), flipped];
    default:
      return assertNever(formula);
  }
}

function gateGradCandidates(formula: Extract<Formula, { form: 'gate-grad' }>): MistakeCandidate[] {
  const branches = branchesOf(formula);
  const notSummed: MistakeCandidate[] =
    branches.length < 2 ? [] : branches.map((b) => ({ mistake: 'branch-not-sum', value: b.value }));
  const locals = formula.here.map(({ local }) => local.value);
  const earlier = sum(formula.earlier.map((o) => o.value));
  const noUpstream: MistakeCandidate[] = [
    ...locals.map((value) => ({ mistake: 'missing-upstream' as const, value })),
    { mistake: 'missing-upstream', value: sum(locals) },
    { mistake: 'missing-upstream', value: earlier + sum(locals) },
  ];
  return [...notSummed, ...noUpstream];
}

/**
 * Names the mistake a wrong answer looks like, or `undefined` when it matches none (the
 * UI then says "not yet" with the step's hint). A number matches a mistake by the
 * checker's own rule (for an update, the change it implies too); a mistake whose number
 * is itself right (the bias is 0, the input is 1, η = 1) is never named, nor is anything
 * named for a right answer.
 */
export function classifyMistake(
  question: Pick<Question, 'formula' | 'value'>,
  answer: number,
  tolerance = RELATIVE_TOLERANCE,
): MistakeKind | undefined {
  const { formula, value: truth } = question;
  if (!Number.isFinite(answer) || isRightFor(question, answer, tolerance)) return undefined;
  const found = mistakeCandidates(formula, truth).find(
    ({ value }) =>
      Number.isFinite(value) &&
      !isRightFor(question, value, tolerance) &&
      isRightFor({ formula, value }, answer, tolerance),
  );
  return found?.mistake;
}
