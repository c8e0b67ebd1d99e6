import { describe, expect, it } from 'vitest';
import { GRAPH_PRESETS } from '../graph/presets';
import { LECTURE_SCENARIO } from '../network/lecture';
import { MAZUR_SCENARIO } from '../training/presets';
import { isRightFor } from './check';
import { classifyMistake, mistakeCandidates } from './mistakes';
import type { Question } from './questions';
import { graphQuestions, networkQuestions, typedAnswer } from './testing/cases';
import { checkAnswer } from './verdict';

describe('every mistake of every asked value is recognised from its real operands', () => {
  const sources: [string, readonly Question[]][] = [
    ['lecture', networkQuestions(LECTURE_SCENARIO)],
    ['Mazur', networkQuestions(MAZUR_SCENARIO)],
    ...GRAPH_PRESETS.map((p): [string, readonly Question[]] => [p.id, graphQuestions(p.id)]),
  ];
  it.each(sources)('%s', (_, questions) => {
    for (const q of questions) {
      const candidates = mistakeCandidates(q.formula, q.value);
      candidates.forEach((c, i) => {
        if (isRightFor(q, c.value)) return;
        const slip = { formula: q.formula, value: c.value };
        // Named as itself, unless an earlier (more plausible) mistake gives the same number.
        const shadow = candidates
          .slice(0, i)
          .find((e) => !isRightFor(q, e.value) && isRightFor({ ...slip, value: e.value }, c.value));
        const expected = shadow?.mistake ?? c.mistake;
        expect([q.id, classifyMistake(q, c.value)]).toEqual([q.id, expected]);
        // The slip rounded as a student rounds is named the same, unless rounding made it
        // right (or, for an update, rounded its change away).
        const rounded = Number(typedAnswer(slip));
        if (!isRightFor(q, rounded) && isRightFor(slip, rounded))
          expect([q.id, classifyMistake(q, rounded)]).toEqual([q.id, expected]);
      });
      expect(classifyMistake(q, q.value)).toBeUndefined();
      expect(checkAnswer(q, typedAnswer(q)).verdict).toBe('correct');
    }
  });
});
