import { describe, expect, it } from 'vitest';
import { GRAPH_PRESETS } from '../graph/presets';
import { LECTURE_SCENARIO } from '../network/lecture';
import { MAZUR_SCENARIO } from '../training/presets';
import { isRightAnswer } from './check';
import { classifyMistake, mistakeCandidates } from './mistakes';
import type { Question } from './questions';
import { graphQuestions, networkQuestions } from './testing/cases';
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
        if (isRightAnswer(q.value, c.value)) return;
        // Named as itself, unless an earlier (more plausible) mistake gives the same number.
        const shadow = candidates
          .slice(0, i)
          .find((e) => !isRightAnswer(q.value, e.value) && isRightAnswer(e.value, c.value));
        const expected = shadow?.mistake ?? c.mistake;
        expect([q.id, classifyMistake(q, c.value)]).toEqual([q.id, expected]);
        // The slip rounded to 3 digits is named the same, unless rounding made it right.
        const rounded = Number(c.value.toPrecision(3));
        if (!isRightAnswer(q.value, rounded))
          expect([q.id, classifyMistake(q, rounded)]).toEqual([q.id, expected]);
      });
      expect(classifyMistake(q, q.value)).toBeUndefined();
      expect(checkAnswer(q, q.value.toPrecision(3)).verdict).toBe('correct');
    }
  });
});
