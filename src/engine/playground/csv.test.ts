import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { csvFileProblem, MAX_CSV_BYTES, readCsv, writeCsv, writeCsvWithSets } from './csv';

const errorsOf = (text: string, limit?: number) => {
  const result = readCsv(text, limit);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};

describe('readCsv', () => {
  it('reads back exactly what writeCsv wrote', () => {
    const { train } = generateDataset({ name: 'spiral', noise: 20, split: 50, seed: 3 });
    const result = readCsv(writeCsv(train));
    expect(result).toEqual({ ok: true, points: train, sets: null, zeroOneClasses: false });
  });

  it('reads labels 0 and 1 as the classes −1 and 1, and says so; 0 alone stays a target', () => {
    const result = readCsv('x1,x2,label\n1,1,1\n-1,-1,0\n2,0,0\n');
    expect(result).toEqual({
      ok: true,
      points: [
        { x1: 1, x2: 1, label: 1 },
        { x1: -1, x2: -1, label: -1 },
        { x1: 2, x2: 0, label: -1 },
      ],
      sets: null,
      zeroOneClasses: true,
    });
    // One label only, or any other value, is not a 0/1 file: the labels are kept.
    for (const text of ['x1,x2,label\n1,1,0\n2,2,0\n', 'x1,x2,label\n1,1,0\n2,2,1\n3,3,0.5\n']) {
      const kept = readCsv(text);
      expect(kept.ok && kept.zeroOneClasses).toBe(false);
      expect(kept.ok && kept.points.some((p) => p.label === -1)).toBe(false);
    }
  });

  it('accepts the columns in any order and case, quotes, CRLF and a BOM', () => {
    const result = readCsv('\uFEFFLabel, "X2",x1\r\n1, 2.5, -3\r\n-1,0,1e0\r\n\r\n');
    expect(result).toEqual({
      ok: true,
      points: [
        { x1: -3, x2: 2.5, label: 1 },
        { x1: 1, x2: 0, label: -1 },
      ],
      sets: null,
      zeroOneClasses: false,
    });
  });

  it("reads a spreadsheet's semicolon file, where the comma is the decimal mark", () => {
    const result = readCsv('x1;x2;label;set\r\n0,5;-1,25;1;train\r\n2;3,5;-1;test\r\n');
    expect(result).toEqual({
      ok: true,
      points: [
        { x1: 0.5, x2: -1.25, label: 1 },
        { x1: 2, x2: 3.5, label: -1 },
      ],
      sets: ['train', 'test'],
      zeroOneClasses: false,
    });
    // A thousands mark is not a number there either: it is named, not misread.
    expect(errorsOf('x1;x2;label\n1.000,5;0;1\n').map((e) => e.code)).toEqual(['csv-not-a-number']);
  });

  it('reads back the training and test points in their sets, with a set column', () => {
    const data = generateDataset({ name: 'reg-gauss', noise: 30, split: 70, seed: 9 });
    const result = readCsv(writeCsvWithSets(data));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.points).toEqual([...data.train, ...data.test]);
    expect(result.sets?.filter((s) => s === 'train')).toHaveLength(data.train.length);
    expect(result.sets?.slice(data.train.length).every((s) => s === 'test')).toBe(true);
  });

  it('skips blank lines but keeps counting them, and names a bad set', () => {
    const errors = errorsOf(
      'set,x1,x2,label\ntrain,0,0,1\n\n  \nTEST,1,1,-1\nvalid,0,0,1\n1,2,3\n',
    );
    expect(errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['line 6, column 1', 'csv-bad-set', "set 'valid' must be train or test"],
      ['line 7', 'csv-cell-count', 'expected 4 values, found 3'],
    ]);
    expect(readCsv('x1,x2,label,SET\n1,2,1,Test\n\n3,4,-1,train')).toEqual({
      ok: true,
      points: [
        { x1: 1, x2: 2, label: 1 },
        { x1: 3, x2: 4, label: -1 },
      ],
      sets: ['test', 'train'],
      zeroOneClasses: false,
    });
  });

  it('refuses a file over the size limit before reading it, naming both sizes', () => {
    expect(csvFileProblem(MAX_CSV_BYTES)).toBeNull();
    expect(csvFileProblem(MAX_CSV_BYTES + 1)).toMatchObject({
      line: 0,
      path: 'file',
      code: 'csv-file-too-large',
      message: 'the file is 257 KB; at most 256 KB can be read',
      params: { size: 257, limit: 256 },
    });
  });

  it('names every problem with its line and column', () => {
    const errors = errorsOf('x1,x2,label\n1,abc,1\n1e999,2,1\n7,0,1\n1,2\n0,0,NaN\n');
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['line 2, column 2', 'csv-not-a-number'],
      ['line 3, column 1', 'csv-too-large'],
      ['line 4, column 1', 'csv-out-of-range'],
      ['line 5', 'csv-cell-count'],
      ['line 6, column 3', 'csv-not-a-number'],
    ]);
    expect(errors[0]?.message).toBe("x2 'abc' is not a number");
    expect(errors[1]?.message).toBe("x1 '1e999' is too large");
    expect(errors[2]).toMatchObject({
      line: 4,
      column: 1,
      params: { name: 'x1', value: 7, limit: 6 },
    });
    expect(errors[0]?.params).toEqual({ name: 'x2', value: 'abc' });
  });

  it('names a bad header', () => {
    expect(errorsOf('').map((e) => e.code)).toEqual(['csv-empty']);
    expect(errorsOf('x1,x1,colour\n1,2,3').map((e) => [e.path, e.code])).toEqual([
      ['line 1, column 2', 'csv-duplicate-column'],
      ['line 1, column 3', 'csv-unknown-column'],
      ['line 1', 'csv-missing-column'],
      ['line 1', 'csv-missing-column'],
    ]);
    expect(errorsOf('x1,x2,label\n').map((e) => e.code)).toEqual(['csv-no-points']);
  });

  it('refuses more points than the limit, saying the limit', () => {
    const rows = Array.from({ length: 11 }, () => '0,0,1').join('\n');
    const errors = errorsOf(`x1,x2,label\n${rows}`, 10);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('the file has 11 points; at most 10 can be used');
    expect(errors[0]).toMatchObject({ line: 12, column: 0, params: { count: 11, limit: 10 } });
    const big = Array.from({ length: 2001 }, () => '0,0,1').join('\n');
    expect(errorsOf(`x1,x2,label\n${big}`)[0]?.message).toBe(
      'the file has 2,001 points; at most 2,000 can be used',
    );
  });

  it('stops at 25 problems', () => {
    const rows = Array.from({ length: 100 }, () => 'a,b,c').join('\n');
    expect(errorsOf(`x1,x2,label\n${rows}`)).toHaveLength(25);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('x1', 'x2', 'label', ',', '\n', '1', '-', 'e', '9', '.', '"', ' '),
        }),
        (text) => {
          const result = readCsv(`x1,x2,label\n${text}`);
          if (result.ok)
            for (const p of result.points)
              expect(Number.isFinite(p.x1 + p.x2 + p.label)).toBe(true);
          else expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
