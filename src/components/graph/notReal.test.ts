import { describe, expect, it } from 'vitest';
import { translate, type Language, type Translate } from '../../i18n/translate';
import { narrateGraph, narrationParams } from './graphNarration';
import { ENGLISH_WORDS, graphStepTex } from './graphTex';
import { viewOf } from './testViews';

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

/** sqrt(-x) at x = 1: the value is NaN from the square root on. */
const view = viewOf({ version: 1, kind: 'graph', expression: 'sqrt(-x)', inputs: { x: 1 } });
const steps = view.trace.steps;

describe('NaN is never shown as a number', () => {
  it('the narration spells it out, without a sign, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const words = translate(lang, 'value.notReal');
      const sentences = steps.map((step, i) =>
        narrateGraph(step, view.analysis, i + 1, steps.length, tr(lang)),
      );
      const all = sentences.join('\n');
      expect(all).not.toMatch(/NaN/);
      expect(all).toContain(words);
      expect(all).not.toContain(`\u2212${words}`);
      expect(all).not.toContain(`\u2212(${words})`);
    }
  });

  it('a gate whose gradient is not real says why, instead of quoting it as a number', () => {
    for (const lang of ['en', 'zh'] as const) {
      const words = translate(lang, 'value.notReal');
      const said: string[] = [];
      steps.forEach((step, i) => {
        if (step.kind !== 'gate-backward') return;
        const gate = view.analysis.byId.get(step.params.gate);
        // The square root's own value is not real; the negation receives its gradient.
        const key =
          gate?.op === 'sqrt' ? 'graph.backward.notRealLocal' : 'graph.backward.notRealUpstream';
        const sentence = narrateGraph(step, view.analysis, i + 1, steps.length, tr(lang));
        expect(
          sentence.startsWith(translate(lang, key, narrationParams(step, view.analysis, words))),
        ).toBe(true);
        said.push(key);
      });
      expect(said).toEqual(['graph.backward.notRealLocal', 'graph.backward.notRealUpstream']);
    }
  });

  it('the formula writes it in upright words, never N·a·N in math italic', () => {
    const lines = steps.flatMap((step) => graphStepTex(step, view.analysis, ENGLISH_WORDS));
    const tex = lines.join('\n');
    expect(tex).not.toMatch(/NaN/);
    expect(tex).toContain('\\text{not a real number}');
    expect(tex).not.toContain('-\\text{not a real number}');
  });
});
