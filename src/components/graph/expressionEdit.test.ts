import { describe, expect, it } from 'vitest';
import { MAX_GRAPH_VARIABLES } from '../../engine';
import { expressionErrorText } from '../../i18n/issues/render';
import { translate, type Language } from '../../i18n/translate';
import { caretLines, scenarioForExpression } from './expressionEdit';

const tr =
  (lang: Language) =>
  (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);

const inputs = { x: -2, y: 5, z: -4 };

describe('scenarioForExpression', () => {
  it('keeps the values of variables that remain; new ones start at 1', () => {
    const result = scenarioForExpression('x * w + y', inputs);
    expect(result).toEqual({
      ok: true,
      scenario: {
        version: 1,
        kind: 'graph',
        expression: 'x * w + y',
        inputs: { x: -2, w: 1, y: 5 },
      },
    });
  });

  it('points at the stray parenthesis of (x + y))', () => {
    const result = scenarioForExpression('(x + y))', inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code: 'unexpected-token', column: 8 });
    expect(expressionErrorText(tr('en'), result.problem)).toBe(
      'Unexpected “\u2068)\u2069” at column 8.',
    );
    expect(expressionErrorText(tr('zh'), result.problem)).toBe(
      '第 8 列出现了意外的“\u2068)\u2069”。',
    );
  });

  it('suggests sigmoid for sigmod', () => {
    const result = scenarioForExpression('sigmod(x)', inputs);
    if (result.ok) throw new Error('accepted');
    expect(result.problem.code).toBe('misspelt-function');
    expect(expressionErrorText(tr('en'), result.problem)).toContain('did you mean sigmoid?');
    expect(expressionErrorText(tr('zh'), result.problem)).toContain('sigmoid');
  });

  it('refuses too many variables, like a link would', () => {
    const names = Array.from({ length: MAX_GRAPH_VARIABLES + 1 }, (_, i) => `v${i}`);
    const result = scenarioForExpression(names.join(' + '), {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('too-many-variables');
    expect(result.problem.column).toBeNull();
    expect(expressionErrorText(tr('en'), result.problem)).toBe(
      `The expression has ${MAX_GRAPH_VARIABLES + 1} variables; at most ${MAX_GRAPH_VARIABLES} are allowed.`,
    );
  });

  it('never takes a value from the prototype', () => {
    const result = scenarioForExpression('toString + x', inputs);
    expect(result.ok && result.scenario.inputs).toEqual({ toString: 1, x: -2 });
  });

  it('translates every parser error code', () => {
    for (const text of ['', '(x', 'x +', '2x', 'x $ y', 'max(x)', 'exp', '__proto__', 'foo(x)']) {
      const result = scenarioForExpression(text, inputs);
      if (result.ok) throw new Error(`accepted ${text}`);
      const message = expressionErrorText(tr('zh'), result.problem);
      expect(message, text).not.toBe(result.problem.message);
      expect(message, text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('caretLines', () => {
  it('puts the caret under the column, counting characters', () => {
    expect(caretLines('(x + y))', 8)).toEqual(['(x + y))', '       ^']);
    expect(caretLines('x\t+', 3)).toEqual(['x +', '  ^']);
    expect(caretLines('x', 5)).toEqual(['x', ' ^']);
    // A direction control cannot turn the line around, and the caret stays in its column.
    expect(caretLines('x\u202e+ y', 3)).toEqual(['x\ufffd+ y', '  ^']);
  });
});
