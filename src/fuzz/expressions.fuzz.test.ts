import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAPH_PRESETS, analyzeGraph, buildGraphTrace, graphPresetScenario } from '../engine';
import { scenarioForExpression } from '../components/graph/expressionEdit';
import { expressionErrorText, problemText } from '../i18n/issues/render';
import { LANGUAGES, translate, type Language, type Translate } from '../i18n/translate';
import { fuzzRuns, mutated } from './mutations';
import { UNTRUE } from './trueMessages';

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

const PRESETS = GRAPH_PRESETS.map((p) => graphPresetScenario(p.id).expression);

/** Expressions from the grammar's own pieces, in any order. */
const TOKENS = [
  'x',
  'y',
  'e',
  '2',
  '-3.5',
  '1e309',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  'exp(',
  'log(',
  'sqrt(',
  'max(',
  'sigmoid(',
  'pow(',
  ' ',
];
const tokens = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''));

function expectExpressionContract(expression: string, seen: { ok: number; refused: number }) {
  const check = scenarioForExpression(expression, { x: 2, y: -1 });
  if (!check.ok) {
    seen.refused++;
    for (const lang of LANGUAGES) {
      const text = expressionErrorText(tr(lang), check.problem);
      expect(text.trim(), expression).not.toBe('');
      expect(text, expression).not.toMatch(UNTRUE);
    }
    return;
  }
  seen.ok++;
  const analysis = analyzeGraph(check.scenario);
  const trace = buildGraphTrace(analysis);
  expect(trace.steps.length, expression).toBeGreaterThan(0);
  expect(trace.steps.length, expression).toBeLessThanOrEqual(2 * analysis.nodes.length + 2);
  for (const problem of analysis.problems)
    for (const lang of LANGUAGES)
      expect(problemText(tr(lang), problem), expression).not.toMatch(UNTRUE);
}

describe('typed expressions, edited and assembled at random (fixed seeds)', () => {
  it('presets edited: a graph with its whole trace, or a true message; nothing throws', () => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(mutated(PRESETS), (e) => expectExpressionContract(e, seen)),
      fuzzRuns(7),
    );
    expect(seen.ok).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('the grammar’s tokens in any order: the same contract', () => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(tokens, (e) => expectExpressionContract(e, seen)),
      fuzzRuns(11),
    );
    expect(seen.refused).toBeGreaterThan(10);
  });
});
