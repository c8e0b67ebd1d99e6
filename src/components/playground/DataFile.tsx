import { useRef } from 'react';
import { MAX_USER_POINTS, groupDigits } from '../../engine';
import { csvProblemText } from '../../i18n/playground/csvText';
import { quoteTyped } from '../../i18n/issues/render';
import { assertNever } from '../../lib/assertNever';
import { joinSentences } from '../../lib/format';
import { useAppStoreApi } from '../../store/StoreProvider';
import { usePlaygroundT } from './usePlaygroundT';
import { MessageText } from '../common/MessageText';
import { downloadCsv } from './csvDownload';
import { useOwnData } from './ownDataContext';
import type { ImportReport } from './ownTools';

/**
 * The data as a file: import a CSV (its points become the own points, or, with any
 * problem, every problem is listed with its line and nothing changes) and export the
 * points shown, generated or own, as CSV the importer reads back.
 */
export function DataFile() {
  const t = usePlaygroundT();
  const { store, select } = useAppStoreApi();
  const { importFile, report } = useOwnData();
  const input = useRef<HTMLInputElement>(null);
  const exportData = () => {
    const s = store.getState();
    downloadCsv(select.playground.points(s), `playground-${s.trainingData.source}`);
  };
  return (
    <div className="data-file" data-testid="data-file">
      <div className="data-file-buttons">
        <button type="button" onClick={() => input.current?.click()} data-testid="csv-import">
          {t('playground.file.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv,text/plain"
          hidden
          data-testid="csv-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file !== undefined) void importFile(file);
          }}
        />
        <button type="button" onClick={exportData} data-testid="csv-export">
          {t('playground.file.export')}
        </button>
      </div>
      <p className="muted small">
        {t('playground.file.hint', { limit: groupDigits(MAX_USER_POINTS) })}
      </p>
      {report !== null && <Report report={report} />}
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const t = usePlaygroundT();
  const name = quoteTyped(t, report.name);
  switch (report.kind) {
    case 'imported':
      return (
        <p
          className="csv-imported"
          role="status"
          data-testid="csv-report"
          data-outcome="imported"
          data-problem={report.problem}
        >
          {/* With what the labels made of the file: a 0/1 file became a regression unsaid. */}
          <MessageText
            text={joinSentences(
              t('playground.file.imported', { name, count: groupDigits(report.count) }),
              report.zeroOneClasses
                ? t('playground.file.zeroOneClasses')
                : t(`playground.file.problem.${report.problem}`),
            )}
          />
        </p>
      );
    case 'unreadable':
      return (
        <div
          className="csv-problems"
          role="alert"
          data-testid="csv-report"
          data-outcome="unreadable"
        >
          <MessageText text={t('playground.file.unreadable', { name })} />
        </div>
      );
    case 'refused':
      return (
        <div className="csv-problems" role="alert" data-testid="csv-report" data-outcome="refused">
          <p>
            <MessageText text={t('playground.file.refused', { name })} />
          </p>
          <ul>
            {report.problems.map((problem, i) => (
              <li key={i} data-testid="csv-problem" data-line={problem.line}>
                <MessageText text={csvProblemText(t, problem)} />
              </li>
            ))}
          </ul>
        </div>
      );
    default:
      return assertNever(report);
  }
}
