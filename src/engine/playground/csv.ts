import type { ParamKinds, ParamsOf } from '../params';
import { groupDigits, quoteEnglish, textParams } from '../text/userText';
import { IssueList } from '../validate';
import { PLANE, type DataPoint } from './datasets';

/**
 * The user's own data as CSV: a header row naming the columns `x1`, `x2` and `label` (in
 * any order, any case), then one point per row. x₁ and x₂ must lie on the plane
 * [−6, 6]; a label is −1 or 1 for a class, or a regression target in [−2, 2] (the
 * Playground's tilted plane reaches ±1.8 with noise).
 */
export const CSV_COLUMNS = ['x1', 'x2', 'label'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The most points a file may hold. */
export const MAX_USER_POINTS = 2000;

/**
 * Every problem a CSV file can have, with the parameters its message is given (kinds as
 * in params.ts), so that the page words it in both languages: `text` is the user's own
 * text, quoted and clipped.
 */
export const CSV_PROBLEM_PARAMS = {
  'csv-empty': {},
  'csv-unknown-column': { name: 'text' },
  'csv-duplicate-column': { name: 'word' },
  'csv-missing-column': { name: 'word' },
  'csv-too-many': { count: 'count', limit: 'count' },
  'csv-cell-count': { expected: 'count', found: 'count' },
  'csv-not-a-number': { name: 'word', value: 'text' },
  'csv-too-large': { name: 'word', value: 'text' },
  'csv-out-of-range': { name: 'word', value: 'number', limit: 'count' },
  'csv-no-points': {},
} as const satisfies Readonly<Record<string, ParamKinds>>;
export type CsvProblemCode = keyof typeof CSV_PROBLEM_PARAMS;

/**
 * One problem: its line (1 is the header) and column (1-based; 0 for the whole line),
 * `path` as "line 3, column 2" for logs, plain English in `message`, and the numbers the
 * page needs to say the same thing in Chinese.
 */
export interface CsvProblem {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly code: CsvProblemCode;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type CsvResult =
  | { readonly ok: true; readonly points: readonly DataPoint[] }
  | { readonly ok: false; readonly errors: readonly CsvProblem[] };

const RANGE: Readonly<Record<Column, number>> = { x1: PLANE, x2: PLANE, label: 2 };
/** What a number looks like: without it, "1e999" (too large) and "abc" could not be told apart. */
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Collects at most {@link IssueList.MAX} problems, the same cap as every other reader. */
class Problems {
  readonly list: CsvProblem[] = [];
  add<C extends CsvProblemCode>(
    line: number,
    column: number,
    code: C,
    message: string,
    params: ParamsOf<(typeof CSV_PROBLEM_PARAMS)[C]>,
  ): void {
    if (this.full) return;
    const path = column > 0 ? `line ${line}, column ${column}` : `line ${line}`;
    this.list.push({ line, column, path, code, message, params: { ...params } });
  }
  get full(): boolean {
    return this.list.length >= IssueList.MAX;
  }
}

/**
 * Reads CSV text into points. Never throws; a file with any problem gives no points and
 * up to 25 problems, each naming its line and column.
 */
export function readCsv(text: string, maxPoints = MAX_USER_POINTS): CsvResult {
  const problems = new Problems();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && (lines.at(-1) as string).trim() === '') lines.pop();
  const header = lines[0];
  if (header === undefined || header.trim() === '') {
    problems.add(1, 0, 'csv-empty', 'the file is empty: expected a header row x1,x2,label', {});
    return { ok: false, errors: problems.list };
  }
  const order = readHeader(header, problems);
  if (order === null) return { ok: false, errors: problems.list };
  const rows = lines.length - 1;
  if (rows > maxPoints) {
    const message = `the file has ${groupDigits(rows)} points; at most ${groupDigits(maxPoints)} can be used`;
    problems.add(maxPoints + 2, 0, 'csv-too-many', message, { count: rows, limit: maxPoints });
    return { ok: false, errors: problems.list };
  }
  const points: DataPoint[] = [];
  for (let i = 1; i < lines.length && !problems.full; i++) {
    const p = readRow(lines[i] as string, i + 1, order, problems);
    if (p) points.push(p);
  }
  if (problems.list.length === 0 && points.length === 0)
    problems.add(2, 0, 'csv-no-points', 'the file has a header but no points', {});
  return problems.list.length > 0 ? { ok: false, errors: problems.list } : { ok: true, points };
}

/** The points as CSV, every number in full precision, so that reading it back is exact. */
export function writeCsv(points: readonly DataPoint[]): string {
  const rows = points.map((p) => `${String(p.x1)},${String(p.x2)},${String(p.label)}\n`);
  return `${CSV_COLUMNS.join(',')}\n${rows.join('')}`;
}

function cells(line: string): string[] {
  return line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** The column index of x1, x2 and label, or null after naming what is wrong. */
function readHeader(line: string, problems: Problems): Record<Column, number> | null {
  const names = cells(line).map((c) => c.toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  names.forEach((name, i) => {
    const column = CSV_COLUMNS.find((c) => c === name);
    if (column === undefined)
      problems.add(1, i + 1, 'csv-unknown-column', `unknown column ${quoteEnglish(name)}`, {
        ...textParams('name', name),
      });
    else if (found[column] !== undefined)
      problems.add(1, i + 1, 'csv-duplicate-column', `column '${column}' appears twice`, {
        name: column,
      });
    else found[column] = i;
  });
  for (const column of CSV_COLUMNS)
    if (found[column] === undefined)
      problems.add(1, 0, 'csv-missing-column', `the header has no column '${column}'`, {
        name: column,
      });
  const { x1, x2, label } = found;
  if (problems.list.length > 0 || x1 === undefined || x2 === undefined || label === undefined)
    return null;
  return { x1, x2, label };
}

function readRow(
  line: string,
  lineNumber: number,
  order: Record<Column, number>,
  problems: Problems,
): DataPoint | null {
  const values = cells(line);
  if (values.length !== CSV_COLUMNS.length) {
    const message = `expected ${CSV_COLUMNS.length} values, found ${values.length}`;
    problems.add(lineNumber, 0, 'csv-cell-count', message, {
      expected: CSV_COLUMNS.length,
      found: values.length,
    });
    return null;
  }
  const read = (name: Column): number | null => {
    const column = order[name] + 1;
    const text = values[column - 1] as string;
    const value = NUMERIC.test(text) ? Number(text) : NaN;
    const quoted = { name, ...textParams('value', text) };
    if (Number.isNaN(value)) {
      const message = `${name} ${quoteEnglish(text)} is not a number`;
      problems.add(lineNumber, column, 'csv-not-a-number', message, quoted);
      return null;
    }
    if (!Number.isFinite(value)) {
      const message = `${name} ${quoteEnglish(text)} is too large`;
      problems.add(lineNumber, column, 'csv-too-large', message, quoted);
      return null;
    }
    const limit = RANGE[name];
    if (Math.abs(value) > limit) {
      const message = `${name} = ${value} is outside −${limit} … ${limit}`;
      problems.add(lineNumber, column, 'csv-out-of-range', message, { name, value, limit });
      return null;
    }
    return value;
  };
  const x1 = read('x1');
  const x2 = read('x2');
  const label = read('label');
  return x1 === null || x2 === null || label === null ? null : { x1, x2, label };
}
