import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import { buildNetworkTrace } from '../network/trace';
import { scoreCsv, type ScoreCsvLabels } from './csv';
import { maskedKeys, openQuestions, practiceCursorLimit } from './mask';
import { practicePlan } from './questions';
import { EMPTY_SCORE, scoreOf, scoreReducer, summarizeScore, type PracticeEvent } from './score';
import { typedAnswer } from './testing/cases';
import { checkAnswer } from './verdict';

const events: PracticeEvent[] = [
  { type: 'asked', id: 'z:1:0', kind: 'z' },
  { type: 'attempt', id: 'z:1:0', verdict: 'correct' },
  { type: 'asked', id: 'a:1:0', kind: 'a' },
  { type: 'attempt', id: 'a:1:0', verdict: 'invalid' },
  { type: 'attempt', id: 'a:1:0', verdict: 'wrong', mistake: 'missing-activation' },
  { type: 'attempt', id: 'a:1:0', verdict: 'correct' },
  { type: 'asked', id: 'delta:3:0', kind: 'delta' },
  { type: 'hint', id: 'delta:3:0' },
  { type: 'attempt', id: 'delta:3:0', verdict: 'wrong', mistake: 'missing-gain' },
  { type: 'attempt', id: 'delta:3:0', verdict: 'wrong' },
  { type: 'attempt', id: 'delta:3:0', verdict: 'correct' },
  { type: 'asked', id: 'delta:3:1', kind: 'delta' },
  { type: 'revealed', id: 'delta:3:1' },
  { type: 'asked', id: 'dW:2:0:0', kind: 'grad' },
];

describe('the score', () => {
  it('sorts every asked question into exactly one outcome, per kind and in all', () => {
    const summary = summarizeScore(scoreOf(events));
    expect(summary.total).toEqual({
      asked: 5,
      correct: 1,
      hinted: 1,
      retried: 1,
      revealed: 1,
      open: 1,
      wrong: 3,
    });
    expect(summary.byKind.delta).toEqual({
      asked: 2,
      correct: 0,
      hinted: 1,
      retried: 0,
      revealed: 1,
      open: 0,
      wrong: 2,
    });
    expect(summary.byKind.a).toMatchObject({ asked: 1, retried: 1, wrong: 1 });
    expect(summary.byKind.update.asked).toBe(0);
    expect(summary.mistakes).toMatchObject({
      'missing-activation': 1,
      'missing-gain': 1,
      sign: 0,
    });
  });

  it('ignores what comes after a question is settled, and events for questions never asked', () => {
    const settled = scoreOf(events);
    const after = [
      { type: 'attempt', id: 'z:1:0', verdict: 'wrong' },
      { type: 'revealed', id: 'z:1:0' },
      { type: 'hint', id: 'delta:3:1' },
      { type: 'attempt', id: 'delta:3:1', verdict: 'correct' },
      { type: 'asked', id: 'z:1:0', kind: 'z' },
      { type: 'attempt', id: 'nowhere', verdict: 'correct' },
    ] as const;
    expect(after.reduce(scoreReducer, settled)).toEqual(settled);
    expect(scoreReducer(EMPTY_SCORE, after[5])).toBe(EMPTY_SCORE);
  });

  it('keeps questions in the order they were asked', () => {
    expect([...scoreOf(events).questions.keys()]).toEqual([
      'z:1:0',
      'a:1:0',
      'delta:3:0',
      'delta:3:1',
      'dW:2:0:0',
    ]);
  });

  it('scores a whole pass of the lecture network answered from the engine’s numbers as all right', () => {
    const trace = buildNetworkTrace(LECTURE_SCENARIO);
    const plan = practicePlan(trace, ['z', 'a', 'delta', 'grad', 'update']);
    const answered = new Set<string>();
    let score = EMPTY_SCORE;
    for (let cursor = practiceCursorLimit(plan, answered); ;) {
      const open = openQuestions(plan, answered, cursor);
      if (open.length === 0) break;
      for (const q of open) {
        expect(maskedKeys(plan, answered, cursor).has(q.id)).toBe(true);
        score = scoreReducer(score, { type: 'asked', id: q.id, kind: q.kind });
        const verdict = checkAnswer(q, typedAnswer(q));
        score = scoreReducer(score, { type: 'attempt', id: q.id, verdict: verdict.verdict });
        answered.add(q.id);
      }
      cursor = practiceCursorLimit(plan, answered);
    }
    const summary = summarizeScore(score);
    expect(summary.total).toMatchObject({ asked: 54, correct: 54, wrong: 0, open: 0 });
    expect(summary.byKind.grad).toMatchObject({ asked: 18, correct: 18 });
  });
});

describe('the summary as CSV', () => {
  const labels: ScoreCsvLabels = {
    columns: {
      kind: '类型',
      asked: 'asked',
      correct: 'right, first try',
      hinted: 'right after a hint',
      retried: 'right, later',
      revealed: 'shown',
      open: 'open',
      wrong: 'wrong answers',
    },
    kinds: { z: 'z', a: 'a', delta: 'δ, "delta"', grad: '∂C/∂w', update: '=w−η·g', value: 'value' },
    total: 'total',
  };

  it('writes RFC 4180: a header, one row per kind asked, the total, CRLF, quoted fields', () => {
    const csv = scoreCsv(summarizeScore(scoreOf(events)), labels);
    expect(csv).toBe(
      [
        '类型,asked,"right, first try",right after a hint,"right, later",shown,open,wrong answers',
        'z,1,1,0,0,0,0,0',
        'a,1,0,0,1,0,0,1',
        '"δ, ""delta""",2,0,1,0,1,0,2',
        '∂C/∂w,1,0,0,0,0,1,0',
        'total,5,1,1,1,1,1,3',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps a label a spreadsheet would run as a formula as text', () => {
    const summary = summarizeScore(scoreOf([{ type: 'asked', id: 'wNext:0:0:0', kind: 'update' }]));
    expect(scoreCsv(summary, labels).split('\r\n')[1]).toBe("'=w−η·g,1,0,0,0,0,1,0");
  });
});
