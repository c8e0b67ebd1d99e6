import { expect, it } from 'vitest';
import { analyzeGraph } from '../../graph/analyze-scenario';
import { graphPresetScenario, type GraphPresetId } from '../../graph/presets';
import { buildGraphTrace } from '../../graph/trace';
import { buildNetworkTrace } from '../../network/trace';
import type { NetworkScenario } from '../../network/types';
import { NETWORK_PRACTICE_KINDS } from '../kinds';
import type { MistakeKind } from '../mistakes';
import { practicePlan, type Question } from '../questions';
import { checkAnswer } from '../verdict';

/** Every question of a network trace, all kinds asked. */
export const networkQuestions = (scenario: NetworkScenario): readonly Question[] =>
  practicePlan(buildNetworkTrace(scenario), NETWORK_PRACTICE_KINDS).questions;

/** Every question of a graph preset, all kinds asked. */
export const graphQuestions = (id: GraphPresetId): readonly Question[] =>
  practicePlan(buildGraphTrace(analyzeGraph(graphPresetScenario(id))), ['value', 'grad']).questions;

/**
 * What a careful student types for a question: three significant digits, and for an
 * update θ′ = θ − η·∂L/∂θ enough decimals to keep two significant digits of the change
 * (2 − 0.00123 is typed 1.9988, not 2.00, which would not take the step).
 */
export function typedAnswer(q: Pick<Question, 'formula' | 'value'>): string {
  const plain = q.value.toPrecision(3);
  if (q.formula.form !== 'update' || plain.includes('e')) return plain;
  const change = q.value - q.formula.param.value;
  if (change === 0) return plain;
  const shown = plain.split('.')[1]?.length ?? 0;
  const needed = 1 - Math.floor(Math.log10(Math.abs(change)));
  return needed > shown ? q.value.toFixed(Math.min(20, needed)) : plain;
}

/** One asked value: what a student may type, what is right, and what each slip gives. */
export interface Case {
  readonly id: string;
  /** The published value. */
  readonly value: number;
  /** Typed answers that are right: roundings to 3 significant digits, and 2 when within 1%. */
  readonly right: readonly string[];
  /** Typed answers that are wrong although rounded: more than 1% off. */
  readonly wrong?: readonly string[];
  readonly mistakes: readonly (readonly [typed: string, mistake: MistakeKind | undefined])[];
}

/** One test per case: typed answers through the whole checker (reader, tolerance, classifier). */
export function runCases(questions: readonly Question[], cases: readonly Case[]) {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const q = questions.find((x) => x.id === id);
    if (q === undefined) throw new Error(`no question ${id}`);
    expect(q.value).toBeCloseTo(c.value, 8);
    for (const typed of c.right)
      expect([typed, checkAnswer(q, typed).verdict]).toEqual([typed, 'correct']);
    for (const typed of c.wrong ?? [])
      expect([typed, checkAnswer(q, typed)]).toEqual([
        typed,
        expect.objectContaining({ verdict: 'wrong' }),
      ]);
    for (const [typed, mistake] of c.mistakes) {
      expect([typed, checkAnswer(q, typed)]).toEqual([
        typed,
        expect.objectContaining({ verdict: 'wrong', answer: expect.any(Number), mistake }),
      ]);
    }
  });
}
