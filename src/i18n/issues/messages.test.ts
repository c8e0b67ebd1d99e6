import { describe, expect, it } from 'vitest';
import {
  CHARACTER_KINDS,
  CHARACTER_NAMES_EN,
  EXPRESSION_ERROR_PARAMS,
  GRAPH_PROBLEM_PARAMS,
  ISSUE_PARAMS,
  NUMBER_PROBLEM_PARAMS,
  type NumberProblem,
  type ParamKind,
  type ParamKinds,
} from '../../engine';
import { en } from '../en';
import { LANGUAGES, isMessageKey, translate, type Language, type Translate } from '../translate';
import { expressionErrorText, issueText, numberProblemText, problemText } from './render';

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

/** A real value of each kind, as an emitter would send it. */
const SAMPLE: Readonly<Record<ParamKind, string | number>> = {
  text: 'abc',
  value: 'a string',
  count: 12_345,
  number: -0.5,
  base: -8,
  word: 'sigmoid',
  character: 'zero-width-space',
};

/** What a `value` parameter can hold, as validate.ts's `found` sends it. */
const FOUND_VARIANTS: readonly Readonly<Record<string, string | number>>[] = [
  {},
  { Type: 'text' },
  { Type: 'list' },
];

/**
 * Every declared parameter with a sample value; text also with the length of a clipped
 * one; a `value` as text, as a list's length, or as a word (`variant`).
 */
function sampleParams(
  kinds: ParamKinds,
  clipped: boolean,
  variant: number,
): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    params[name] = SAMPLE[kind];
    if (clipped && (kind === 'text' || kind === 'value')) params[`${name}Length`] = 10_000;
    if (kind !== 'value') continue;
    const type = FOUND_VARIANTS[variant]?.Type;
    if (type !== undefined) params[`${name}Type`] = type;
    if (type === 'list') params[name] = variant;
  }
  return params;
}

const UNFILLED = /\{\w+\}/;

/** Renders every code of `table` with its declared parameters, in both languages. */
function renderAll(
  table: Readonly<Record<string, ParamKinds>>,
  render: (t: Translate, code: string, params: Record<string, string | number>) => string,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of LANGUAGES)
    for (const [code, kinds] of Object.entries(table))
      for (const clipped of [false, true])
        for (let variant = 0; variant < FOUND_VARIANTS.length; variant++)
          out.push([
            `${lang} ${code} ${variant}`,
            render(tr(lang), code, sampleParams(kinds, clipped, variant)),
          ]);
  return out;
}

const TABLES = {
  issues: renderAll(ISSUE_PARAMS, (t, code, params) =>
    issueText(t, { path: '', code, message: '', params }),
  ),
  expressions: renderAll(EXPRESSION_ERROR_PARAMS, (t, code, params) =>
    expressionErrorText(t, { code, params, message: '' }),
  ),
  problems: renderAll(GRAPH_PROBLEM_PARAMS, (t, code, params) =>
    problemText(t, {
      gate: 'g1',
      phase: 'forward',
      code: code as keyof typeof GRAPH_PROBLEM_PARAMS,
      message: '',
      params,
    }),
  ),
  numbers: renderAll(NUMBER_PROBLEM_PARAMS, (t, code, params) =>
    numberProblemText(t, { ok: false, code, params, message: '' } as NumberProblem),
  ),
};

describe('every message, filled with the parameters its emitter declares', () => {
  it.each(Object.keys(TABLES) as (keyof typeof TABLES)[])(
    '%s: both languages, no placeholder left, no English fallback',
    (table) => {
      for (const [where, text] of TABLES[table]) {
        expect(text, where).not.toMatch(UNFILLED);
        expect(text, where).not.toBe('');
      }
    },
  );

  it('has a dictionary entry for every code of every table, and a code for every entry', () => {
    const keys = [
      ...Object.keys(ISSUE_PARAMS).map((c) => `issue.${c}`),
      ...Object.keys(EXPRESSION_ERROR_PARAMS).map((c) => `graph.error.${c}`),
      ...Object.keys(GRAPH_PROBLEM_PARAMS).map((c) => `graph.problem.${c}`),
      ...Object.keys(NUMBER_PROBLEM_PARAMS).map((c) => `number.${c}`),
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    const coded = Object.keys(en).filter((k) => /^(issue|graph\.error|graph\.problem)\./.test(k));
    // graph.error.too-many-variables is the graph editor's twin of the issue of that name.
    expect(coded.filter((k) => !keys.includes(k))).toEqual(['graph.error.too-many-variables']);
  });

  it('renders every other key that takes parameters in both languages, leaving nothing unfilled', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = [...en[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      if (names.length === 0) continue;
      const params = Object.fromEntries(names.map((n) => [n, 1]));
      for (const lang of LANGUAGES)
        expect(translate(lang, key, params), `${lang} ${key}`).not.toMatch(UNFILLED);
    }
  });

  it('names each hidden character the same in the engine’s English and the dictionary', () => {
    for (const kind of CHARACTER_KINDS)
      expect(translate('en', `char.${kind}`), kind).toBe(CHARACTER_NAMES_EN[kind]);
  });
});

describe('parameters are shown as what they are', () => {
  it('the user’s text quoted in isolates; a clipped one with its length', () => {
    const t = tr('en');
    expect(
      issueText(t, { path: 'x', code: 'unknown-field', message: '', params: { field: 'abc' } }),
    ).toBe('unknown field “\u2068abc\u2069”.');
    expect(
      issueText(t, {
        path: 'x',
        code: 'unknown-field',
        message: '',
        params: { field: 'a'.repeat(32), fieldLength: 10_000 },
      }),
    ).toBe(`unknown field “\u2068${'a'.repeat(32)}\u2069…” (10,000 characters).`);
    expect(
      issueText(tr('zh'), {
        path: 'x',
        code: 'unknown-field',
        message: '',
        params: { field: 'a'.repeat(32), fieldLength: 10_000 },
      }),
    ).toBe(`未知字段“\u2068${'a'.repeat(32)}\u2069…”（共 10,000 个字符）。`);
  });

  it('what was found says what it is: a number, a list and its length, text, a kind', () => {
    const notList = (lang: Language, params: Record<string, string | number>) =>
      issueText(tr(lang), { path: 'layers', code: 'not-a-list', message: '', params });
    expect(notList('en', { found: 'an object' })).toBe('must be a list [ … ]; found an object.');
    expect(notList('zh', { found: 'an object' })).toBe('必须是列表 [ … ]；这里是对象。');
    expect(notList('en', { found: 3 })).toBe('must be a list [ … ]; found the number 3.');
    expect(notList('zh', { found: 3 })).toBe('必须是列表 [ … ]；这里是数字 3。');
    // Text that reads like a value word is still the user's text.
    expect(notList('en', { found: 'null', foundType: 'text' })).toBe(
      'must be a list [ … ]; found the text “\u2068null\u2069”.',
    );
    expect(notList('zh', { found: 'net', foundType: 'text' })).toBe(
      '必须是列表 [ … ]；这里是文本“\u2068net\u2069”。',
    );
  });

  it('a wrong-length list by its length, never a bare number', () => {
    const rows = (lang: Language, found: number) =>
      issueText(tr(lang), {
        path: 'weights[0]',
        code: 'matrix-rows',
        message: '',
        params: { rows: 2, columns: 2, layer: 1, found, foundType: 'list' },
      });
    expect(rows('en', 1)).toBe(
      'must have one row per neuron of layer 1 (2 in all), each of 2 weights; found a list of 1.',
    );
    expect(rows('en', 0)).toContain('found an empty list.');
    expect(rows('zh', 1)).toBe(
      '必须有 2 行（第 1 层每个神经元一行），每行 2 个权重；这里是含 1 项的列表。',
    );
  });

  it('a negative base in parentheses: (−8)^0.333 is not a real number', () => {
    const text = problemText(tr('en'), {
      gate: 'g2',
      phase: 'forward',
      code: 'pow-domain',
      message: '',
      params: { gate: 'g2', op: 'pow', label: '^', a: -8, b: 1 / 3 },
    });
    expect(text).toBe('Gate g2: (−8)^0.333 is not a real number.');
  });

  it('an invisible character by code point and translated name', () => {
    const params = { codePoint: 'U+202E', character: 'right-to-left-override', column: 4 };
    expect(expressionErrorText(tr('en'), { code: 'hidden-character', params, message: '' })).toBe(
      'An invisible character, U+202E (right-to-left override), at column 4: delete it, or type the expression again.',
    );
    expect(
      expressionErrorText(tr('zh'), { code: 'hidden-character', params, message: '' }),
    ).toContain('U+202E（从右到左覆盖符）');
  });
});
