import type { FormulaForm, HintLadder, PracticeKind, Question } from '../../engine';

/**
 * The open question as the page may show it: what is asked and how to work it out, never
 * its value. The hint ladder's TeX plugs in the known numbers only, with `\boxed{?}` for
 * the unknown.
 */
export interface PracticePrompt {
  /** The quantity key asked (`delta:2:0`, `grad:x`): the question's id in scores and links. */
  readonly id: string;
  readonly kind: PracticeKind;
  /** The hook and attribute it stands for (`data-target`): `neuron-2-0:delta`. */
  readonly target: string;
  /** TeX of the unknown, e.g. `\delta_{5}`. */
  readonly symbol: string;
  /** Index of the trace step that computes it. */
  readonly step: number;
  readonly form: FormulaForm;
  /** How many rungs of the hint ladder are open (0 to 3). */
  readonly hints: number;
  readonly ladder: HintLadder;
  /** Its place among the scene's questions (1-based), and how many there are. */
  readonly number: number;
  readonly count: number;
}

/** The page's view of question `q` (every field but its value). */
export function describeQuestion(
  q: Question,
  ladder: HintLadder,
  hints: number,
  number: number,
  count: number,
): PracticePrompt {
  return {
    id: q.id,
    kind: q.kind,
    target: q.target,
    symbol: q.symbol,
    step: q.step,
    form: q.formula.form,
    hints,
    ladder,
    number,
    count,
  };
}
