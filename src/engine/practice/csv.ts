import { PRACTICE_KINDS, type PracticeKind } from './kinds';
import type { ScoreCounts, ScoreSummary } from './score';

/** The columns of the summary table, in order; the UI supplies their translated headers. */
export const SCORE_COLUMNS = [
  'kind',
  'asked',
  'correct',
  'hinted',
  'retried',
  'revealed',
  'open',
  'wrong',
] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

/** The words of the table, in the reader's language. */
export interface ScoreCsvLabels {
  readonly columns: Readonly<Record<ScoreColumn, string>>;
  readonly kinds: Readonly<Record<PracticeKind, string>>;
  /** The label of the last row, the whole session. */
  readonly total: string;
}

/**
 * One RFC 4180 field: enclosed in double quotes, with its quotes doubled, when it holds a
 * comma, a quote or a line break. A label that a spreadsheet would run as a formula
 * (starting with =, +, - or @) is prefixed with an apostrophe, so that opening the file
 * never executes anything.
 */
export function csvField(value: string | number): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: readonly (string | number)[]): string =>
  `${fields.map(csvField).join(',')}\r\n`;

const cells = (label: string, counts: ScoreCounts): (string | number)[] =>
  SCORE_COLUMNS.map((column) => (column === 'kind' ? label : counts[column]));

/**
 * The summary as CSV (RFC 4180: CRLF after every record, the header first): one row per
 * kind of value that was asked, in the canonical order, then the total.
 */
export function scoreCsv(summary: ScoreSummary, labels: ScoreCsvLabels): string {
  const kinds = PRACTICE_KINDS.filter((kind) => summary.byKind[kind].asked > 0);
  return [
    row(SCORE_COLUMNS.map((column) => labels.columns[column])),
    ...kinds.map((kind) => row(cells(labels.kinds[kind], summary.byKind[kind]))),
    row(cells(labels.total, summary.total)),
  ].join('');
}
