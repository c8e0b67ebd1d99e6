import { useState } from 'react';
import {
  MISTAKE_KINDS,
  PRACTICE_KINDS,
  SCORE_COLUMNS,
  scoreCsv,
  type ScoreColumn,
  type ScoreCsvLabels,
} from '../../engine';
import type { Translate } from '../../i18n/translate';
import { useDerived } from '../../store/StoreProvider';
import { downloadText } from '../export/download';
import { useT } from '../common/hooks';
import { MISTAKE_SHORT } from './feedbackText';

/** The columns of counts (every column but the kind's label). */
const COUNT_COLUMNS = SCORE_COLUMNS.filter(
  (column): column is Exclude<ScoreColumn, 'kind'> => column !== 'kind',
);

/** The summary's words in the reader's language: its headers, kinds and total row. */
function labelsOf(t: Translate): ScoreCsvLabels {
  return {
    columns: {
      kind: t('practice.col.kind'),
      asked: t('practice.col.asked'),
      correct: t('practice.col.correct'),
      hinted: t('practice.col.hinted'),
      retried: t('practice.col.retried'),
      revealed: t('practice.col.revealed'),
      open: t('practice.col.open'),
      wrong: t('practice.col.wrong'),
    },
    kinds: {
      z: t('practice.kind.z'),
      a: t('practice.kind.a'),
      delta: t('practice.kind.delta'),
      grad: t('practice.kind.grad'),
      update: t('practice.kind.update'),
      value: t('practice.kind.value'),
    },
    total: t('practice.total'),
  };
}

/**
 * At the end: the score per kind of value as a table a teacher can read, with the
 * mistakes that were named, to copy (as CSV, which pastes into a spreadsheet) or download
 * as a CSV file with the headers in the reader's language.
 */
export function PracticeSummary() {
  const t = useT();
  const summary = useDerived((select, s) => select.practiceScore(s));
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const labels = labelsOf(t);
  const csv = scoreCsv(summary, labels);
  const rows = PRACTICE_KINDS.filter((kind) => summary.byKind[kind].asked > 0);
  const mistakes = MISTAKE_KINDS.filter((m) => summary.mistakes[m] > 0).map(
    (m) => `${t(MISTAKE_SHORT[m])} × ${summary.mistakes[m]}`,
  );
  return (
    <div className="practice-summary" data-testid="practice-summary">
      <h3>{t('practice.summary')}</h3>
      <p className="muted">{t('practice.summaryIntro')}</p>
      <div className="table-scroll">
        <table className="numbers">
          <thead>
            <tr>
              {SCORE_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {labels.columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[
              ...rows.map((kind) => [labels.kinds[kind], summary.byKind[kind]] as const),
              [labels.total, summary.total] as const,
            ].map(([label, counts]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {COUNT_COLUMNS.map((column) => (
                  <td key={column}>{counts[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mistakes.length > 0 && <p>{t('practice.mistakesMade', { list: mistakes.join(', ') })}</p>}
      <div className="practice-actions">
        <button
          type="button"
          data-testid="practice-copy"
          onClick={() =>
            navigator.clipboard
              .writeText(csv)
              .then(() => setCopied('yes'))
              .catch(() => setCopied('no'))
          }
        >
          {t('practice.copy')}
        </button>
        <button
          type="button"
          data-testid="practice-download"
          // A byte-order mark, so that spreadsheets read the Chinese headers as UTF-8.
          onClick={() => downloadText(`\uFEFF${csv}`, 'backprop-practice.csv', 'text/csv')}
        >
          {t('practice.download')}
        </button>
        <span role="status">
          {copied === 'yes'
            ? t('practice.copied')
            : copied === 'no'
              ? t('practice.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}
