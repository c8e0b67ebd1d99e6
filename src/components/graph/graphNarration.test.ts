import { describe, expect, it } from 'vitest';
import { GRAPH_NARRATION_KEYS, GRAPH_PRESETS } from '../../engine';
import { graphEn } from '../../i18n/graph/en';
import { graphZh } from '../../i18n/graph/zh';
import { LANGUAGES, translate, type Translate } from '../../i18n/translate';
import { narrateGraph, narrationParams } from './graphNarration';
import { presetView, viewOf } from './testViews';

const tr =
  (lang: (typeof LANGUAGES)[number]): Translate =>
  (key, params) =>
    translate(lang, key, params);

describe('graph narration', () => {
  it('says a long sum of branches with its first three and its last, in both languages', () => {
    const expression = Array.from({ length: 20 }, () => 'x').join('+');
    const view = viewOf({ version: 1, kind: 'graph', expression, inputs: { x: 1 } });
    const steps = view.trace.steps;
    for (const lang of LANGUAGES) {
      const last = narrateGraph(steps.at(-1), view.analysis, steps.length, steps.length, tr(lang));
      const more = translate(lang, 'graph.sumMore', { count: 16 });
      expect(last).toContain(`= 1 + 1 + 1 ${more} + 1 = 20`);
      expect(last.length).toBeLessThan(600);
    }
  });

  it.each(GRAPH_PRESETS.flatMap((p) => LANGUAGES.map((lang) => [p.id, lang] as const)))(
    '%s in %s: every step has a sentence with every placeholder filled',
    (id, lang) => {
      const view = presetView(id);
      const total = view.trace.steps.length;
      for (let cursor = 0; cursor <= total; cursor++) {
        const text = narrateGraph(
          view.trace.steps[cursor - 1],
          view.analysis,
          cursor,
          total,
          tr(lang),
        );
        expect(text.length).toBeGreaterThan(20);
        expect(text, `${id} step ${cursor}`).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    },
  );

  it('says what the gate does, then how the branches add up', () => {
    const view = presetView('chain-case-2');
    const total = view.trace.steps.length;
    const text = narrateGraph(view.trace.steps[total - 1], view.analysis, total, total, tr('en'));
    expect(text).toContain('Backward, exp gate g1');
    expect(text).toContain('∂f/∂s = 2.72 + 5.44 = 8.15');
    expect(text).toContain('the paths add');
    expect(text).toMatch(/Done\. Every input now has its gradient: ∂f\/∂s = 8\.15\.$/);
  });

  it('says a constant input takes no gradient', () => {
    const view = presetView('max-gate');
    const total = view.trace.steps.length;
    const seed = view.trace.steps.findIndex((s) => s.kind === 'seed');
    const text = narrateGraph(view.trace.steps[seed + 1], view.analysis, seed + 2, total, tr('en'));
    expect(text).toBe(
      'Backward, multiply gate g4: g3 was multiplied by the constant 2, so it receives 2 times the upstream gradient, 2 × 1 = 2. A constant takes no gradient.',
    );
  });

  it('quotes the numbers of the step', () => {
    const view = presetView('cs231n-add-mul');
    const step = view.trace.steps[1];
    if (step === undefined) throw new Error('no step');
    const params = narrationParams(step, view.analysis);
    expect(params).toMatchObject({
      gate: 'g2',
      a: 'g1',
      b: 'z',
      av: '3',
      bv: '\u22124',
      result: '\u221212',
    });
  });
});

describe('graph dictionaries', () => {
  it('narrate every step kind the engine can produce', () => {
    for (const key of GRAPH_NARRATION_KEYS) {
      expect(graphEn[key].length).toBeGreaterThan(10);
      expect(graphZh[key].length).toBeGreaterThan(5);
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(graphEn) as (keyof typeof graphEn)[]) {
      expect(names(graphZh[key]), key).toEqual(names(graphEn[key]));
    }
  });

  it('use the lecture’s Chinese terms', () => {
    const all = Object.values(graphZh).join('');
    for (const term of [
      '计算图',
      '链式法则',
      '前向传播',
      '反向传播',
      '梯度',
      '局部梯度',
      '上游梯度',
    ]) {
      expect(all).toContain(term);
    }
  });
});
