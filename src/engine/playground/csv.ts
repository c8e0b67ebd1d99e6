import type { InputIssue } from '../issues';
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

export type CsvResult =
  | { readonly ok: true; readonly points: readonly DataPoint[] }
  | { readonly ok: false; readonly errors: readonly InputIssue[] };

const RANGE: Readonly<Record<Column, number>> = { x1: PLANE, x2: PLANE, label: 2 };
/** What a number looks like: without it, "1e999" (too large) and "abc" could not be told apart. */
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads CSV text into points. Never throws; a file with any problem gives no points and
 * up to 25 problems, each naming its line and column (`path` is `line 3, column 2`).
 */
export function readCsv(text: string, maxPoints = MAX_USER_POINTS): CsvResult {
  const list = new IssueList();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && (lines.at(-1) as string).trim() === '') lines.pop();
  const header = lines[0];
  if (header === undefined || header.trim() === '') {
    list.add('line 1', 'csv-empty', 'the file is empty: expected a header row x1,x2,label');
    return { ok: false, errors: list.issues };
  }
  const order = readHeader(header, list);
  if (order === null) return { ok: false, errors: list.issues };
  const rows = lines.length - 1;
  if (rows > maxPoints) {
    list.add(
      `line ${maxPoints + 2}`,
      'csv-too-many',
      `the file has ${rows} points; at most ${maxPoints} can be used`,
      {
        count: rows,
        limit: maxPoints,
      },
    );
    return { ok: false, errors: list.issues };
  }
  const points: DataPoint[] = [];
  for (let i = 1; i < lines.length && !list.full; i++) {
    const p = readRow(lines[i] as string, i + 1, order, list);
    if (p) points.push(p);
  }
  if (list.issues.length > 0) return { ok: false, errors: list.issues };
  if (points.length === 0)
    list.add('line 2', 'csv-no-points', 'the file has a header but no points');
  return list.issues.length > 0 ? { ok: false, errors: list.issues } : { ok: true, points };
}

/** The points as CSV, every number in full precision, so that reading it back is exact. */
export function writeCsv(points: readonly DataPoint[]): string {
  const rows = points.map((p) => `${String(p.x1)},${String(p.x2)},${String(p.label)}`);
  return `${CSV_COLUMNS.join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
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
function readHeader(line: string, list: IssueList): Record<Column, number> | null {
  const names = cells(line).map((c) => c.toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  names.forEach((name, i) => {
    const where = `line 1, column ${i + 1}`;
    const column = CSV_COLUMNS.find((c) => c === name);
    if (column === undefined)
      list.add(where, 'csv-unknown-column', `unknown column '${name.slice(0, 40)}'`, {
        column: i + 1,
        name: name.slice(0, 40),
      });
    else if (found[column] !== undefined)
      list.add(where, 'csv-duplicate-column', `column '${column}' appears twice`, {
        column: i + 1,
        name: column,
      });
    else found[column] = i;
  });
  for (const column of CSV_COLUMNS)
    if (found[column] === undefined)
      list.add('line 1', 'csv-missing-column', `the header has no column '${column}'`, {
        name: column,
      });
  const { x1, x2, label } = found;
  if (list.issues.length > 0 || x1 === undefined || x2 === undefined || label === undefined)
    return null;
  return { x1, x2, label };
}

function readRow(
  line: string,
  lineNumber: number,
  order: Record<Column, number>,
  list: IssueList,
): DataPoint | null {
  const values = cells(line);
  if (values.length !== CSV_COLUMNS.length) {
    list.add(
      `line ${lineNumber}`,
      'csv-cell-count',
      `expected ${CSV_COLUMNS.length} values, found ${values.length}`,
      { line: lineNumber, count: values.length },
    );
    return null;
  }
  const read = (column: Column): number | null => {
    const index = order[column];
    const where = `line ${lineNumber}, column ${index + 1}`;
    const text = values[index] as string;
    const params = { line: lineNumber, column: index + 1, name: column, value: text.slice(0, 40) };
    const value = NUMERIC.test(text) ? Number(text) : NaN;
    if (Number.isNaN(value)) {
      list.add(where, 'csv-not-a-number', `${column} '${params.value}' is not a number`, params);
      return null;
    }
    if (!Number.isFinite(value)) {
      list.add(where, 'csv-too-large', `${column} '${params.value}' is too large`, params);
      return null;
    }
    const limit = RANGE[column];
    if (Math.abs(value) > limit) {
      list.add(where, 'csv-out-of-range', `${column} = ${value} is outside −${limit} … ${limit}`, {
        ...params,
        limit,
      });
      return null;
    }
    return value;
  };
  const x1 = read('x1');
  const x2 = read('x2');
  const label = read('label');
  return x1 === null || x2 === null || label === null ? null : { x1, x2, label };
}
