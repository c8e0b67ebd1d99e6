import type { ParamKinds, ParamsOf } from '../params';
import { groupDigits, quoteEnglish, textParams } from '../text/userText';
import { IssueList } from '../validate';
import { MAX_USER_POINTS, PLANE, type DataPoint } from './datasets';

/**
 * The user's own data as CSV: a header row naming the columns `x1`, `x2` and `label` (in
 * any order, any case), and optionally `set`, then one point per row (blank lines are
 * skipped). x₁ and x₂ must lie on the plane [−6, 6]; a label is −1 or 1 for a class, or
 * a regression target in [−2, 2] (the Playground's tilted plane reaches ±1.8 with
 * noise); a set is `train` or `test` (so that an exported file comes back in the same
 * sets; without the column the page splits the points itself). A file whose labels are
 * all 0 or 1, both present, names two classes the way most tools write them: its 0s are
 * read as −1 (and the result says so), not as a regression onto 0 and 1.
 */
export const CSV_COLUMNS = ['x1', 'x2', 'label'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const SET_COLUMN = 'set';
type AnyColumn = Column | typeof SET_COLUMN;

/** The sets a row's `set` cell can name. */
export const CSV_SETS = ['train', 'test'] as const;
export type CsvSet = (typeof CSV_SETS)[number];

/**
 * The largest file read, in bytes (256 KB: 2,000 points at full float64 precision take
 * about 110 KB). Checked before the text is read, so a huge file never freezes the page.
 */
export const MAX_CSV_BYTES = 256 * 1024;

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
  'csv-bad-set': { value: 'text' },
  'csv-file-too-large': { size: 'count', limit: 'count' },
} as const satisfies Readonly<Record<string, ParamKinds>>;
export type CsvProblemCode = keyof typeof CSV_PROBLEM_PARAMS;

/**
 * One problem: its line (1 is the header; 0 for the file as a whole) and column (1-based;
 * 0 for the whole line), `path` as "line 3, column 2" for logs, plain English in `message`, and the numbers the
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
  | {
      readonly ok: true;
      readonly points: readonly DataPoint[];
      /** Each point's set, when the file has a `set` column; otherwise null. */
      readonly sets: readonly CsvSet[] | null;
      /** The labels were 0 and 1, read as the classes −1 and 1. */
      readonly zeroOneClasses: boolean;
    }
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
    const path =
      line === 0 ? 'file' : column > 0 ? `line ${line}, column ${column}` : `line ${line}`;
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
  const sets: CsvSet[] = [];
  for (let i = 1; i < lines.length && !problems.full; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const row = readRow(line, i + 1, order, problems);
    if (row === null) continue;
    points.push(row.point);
    if (row.set !== null) sets.push(row.set);
  }
  if (problems.list.length === 0 && points.length === 0)
    problems.add(2, 0, 'csv-no-points', 'the file has a header but no points', {});
  if (problems.list.length > 0) return { ok: false, errors: problems.list };
  const zeroOne =
    points.every((p) => p.label === 0 || p.label === 1) &&
    points.some((p) => p.label === 0) &&
    points.some((p) => p.label === 1);
  return {
    ok: true,
    points: zeroOne ? points.map((p) => (p.label === 0 ? { ...p, label: -1 } : p)) : points,
    sets: order.set === undefined ? null : sets,
    zeroOneClasses: zeroOne,
  };
}

/**
 * The refusal of a file over {@link MAX_CSV_BYTES} (sizes in KB, rounded up), or null:
 * asked before the file is read.
 */
export function csvFileProblem(bytes: number): CsvProblem | null {
  if (bytes <= MAX_CSV_BYTES) return null;
  const size = Math.ceil(bytes / 1024);
  const limit = MAX_CSV_BYTES / 1024;
  const problems = new Problems();
  const message = `the file is ${groupDigits(size)} KB; at most ${groupDigits(limit)} KB can be read`;
  problems.add(0, 0, 'csv-file-too-large', message, { size, limit });
  return problems.list[0] ?? null;
}

const row = (p: DataPoint) => `${String(p.x1)},${String(p.x2)},${String(p.label)}`;

/** The points as CSV, every number in full precision, so that reading it back is exact. */
export function writeCsv(points: readonly DataPoint[]): string {
  return `${CSV_COLUMNS.join(',')}\n${points.map((p) => `${row(p)}\n`).join('')}`;
}

/** Training and test points as CSV with a `set` column, so that they come back in their sets. */
export function writeCsvWithSets(data: {
  readonly train: readonly DataPoint[];
  readonly test: readonly DataPoint[];
}): string {
  const lines = [
    ...data.train.map((p) => `${row(p)},train\n`),
    ...data.test.map((p) => `${row(p)},test\n`),
  ];
  return `${[...CSV_COLUMNS, SET_COLUMN].join(',')}\n${lines.join('')}`;
}

function cells(line: string, separator: Separator): string[] {
  return line.split(separator).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** Where each column is: x1, x2 and label, `set` when present, and how many there are. */
type Order = Record<Column, number> & {
  readonly set?: number;
  readonly count: number;
  /** `,`, or `;` for a file whose header uses it (a spreadsheet set to a decimal comma). */
  readonly separator: Separator;
};

type Separator = ',' | ';';

/**
 * The header's separator: `;` when it has semicolons and no comma (the CSV a spreadsheet
 * writes where the decimal mark is a comma: `x1;x2;label`, `0,5;−1,25;1`), else `,`.
 */
function separatorOf(header: string): Separator {
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

const ALL_COLUMNS: readonly AnyColumn[] = [...CSV_COLUMNS, SET_COLUMN];

/** The column index of x1, x2, label (and set), or null after naming what is wrong. */
function readHeader(line: string, problems: Problems): Order | null {
  const separator = separatorOf(line);
  const names = cells(line, separator).map((c) => c.toLowerCase());
  const found: Partial<Record<AnyColumn, number>> = {};
  names.forEach((name, i) => {
    const column = ALL_COLUMNS.find((c) => c === name);
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
  const { x1, x2, label, set } = found;
  if (problems.list.length > 0 || x1 === undefined || x2 === undefined || label === undefined)
    return null;
  return set === undefined
    ? { x1, x2, label, count: names.length, separator }
    : { x1, x2, label, set, count: names.length, separator };
}

function readRow(
  line: string,
  lineNumber: number,
  order: Order,
  problems: Problems,
): { point: DataPoint; set: CsvSet | null } | null {
  const values = cells(line, order.separator);
  if (values.length !== order.count) {
    const message = `expected ${order.count} values, found ${values.length}`;
    problems.add(lineNumber, 0, 'csv-cell-count', message, {
      expected: order.count,
      found: values.length,
    });
    return null;
  }
  const read = (name: Column): number | null => {
    const column = order[name] + 1;
    const text = values[column - 1] as string;
    // With `;` between cells, a comma can only be the decimal mark.
    const plain = order.separator === ';' ? text.replace(',', '.') : text;
    const value = NUMERIC.test(plain) ? Number(plain) : NaN;
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
  const set = readSet(values, lineNumber, order, problems);
  if (x1 === null || x2 === null || label === null || set === undefined) return null;
  return { point: { x1, x2, label }, set };
}

/** The row's set (null without a set column; undefined after naming a bad one). */
function readSet(
  values: readonly string[],
  lineNumber: number,
  order: Order,
  problems: Problems,
): CsvSet | null | undefined {
  if (order.set === undefined) return null;
  const text = values[order.set] as string;
  const set = CSV_SETS.find((s) => s === text.toLowerCase());
  if (set !== undefined) return set;
  const message = `set ${quoteEnglish(text)} must be train or test`;
  problems.add(lineNumber, order.set + 1, 'csv-bad-set', message, { ...textParams('value', text) });
  return undefined;
}
