import { describe, expect, it } from 'vitest';
import {
  CSV_PROBLEM_PARAMS,
  readCsv,
  type CsvProblem,
  type CsvProblemCode,
} from '../../engine/playground/csv';
import { LANGUAGES } from '../translate';
import { csvProblemText } from './csvText';
import { playgroundTranslate } from './translate';

const tr = playgroundTranslate;

/** A value of each kind, as readCsv sends it. */
const SAMPLE = { text: 'abc', word: 'x2', count: 12_345, number: 7.5 } as const;

function problemOf(code: CsvProblemCode, line: number, column: number): CsvProblem {
  const params: Record<string, string | number> = {};
  for (const [name, kind] of Object.entries(CSV_PROBLEM_PARAMS[code]))
    params[name] = SAMPLE[kind as keyof typeof SAMPLE];
  return { line, column, path: '', code, message: '', params };
}

const UNFILLED = /\{\w+\}/;

describe('CSV problems in both languages', () => {
  it('word every problem code, every parameter filled, with its line and column', () => {
    const codes = Object.keys(CSV_PROBLEM_PARAMS) as CsvProblemCode[];
    for (const lang of LANGUAGES)
      for (const code of codes) {
        const text = csvProblemText(tr(lang), problemOf(code, 314, 2));
        expect(text, `${lang} ${code}`).not.toMatch(UNFILLED);
        expect(text, `${lang} ${code}`).toContain('314');
        expect(text, `${lang} ${code}`).toContain('2');
        for (const [name, kind] of Object.entries(CSV_PROBLEM_PARAMS[code])) {
          const shown = kind === 'count' ? '12,345' : String(SAMPLE[kind as keyof typeof SAMPLE]);
          expect(text, `${lang} ${code} ${name}`).toContain(shown);
        }
      }
  });

  it('say the real problems of a bad file, with their lines, in English and Chinese', () => {
    const result = readCsv('x1,x2,label\n1,abc,1\n7,0,1\n1,2\n');
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => csvProblemText(tr('en'), e))).toEqual([
      'Line 2, column 2: x2 “\u2068abc\u2069” is not a number.',
      'Line 3, column 1: x1 = 7 is outside −6 … 6.',
      'Line 4: Expected 3 values, found 2.',
    ]);
    expect(result.errors.map((e) => csvProblemText(tr('zh'), e))).toEqual([
      '第 2 行第 2 列：x2 的值 “\u2068abc\u2069” 不是数字。',
      '第 3 行第 1 列：x1 = 7 超出了 −6 … 6 的范围。',
      '第 4 行：应有 3 个值，实际有 2 个。',
    ]);
  });

  it('give a problem of the whole file no line', () => {
    const text = csvProblemText(tr('en'), problemOf('csv-file-too-large', 0, 0));
    expect(text).toBe('The file is 12,345 KB; at most 12,345 KB can be read.');
  });
});
