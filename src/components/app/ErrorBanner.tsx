import { issueText } from '../../i18n/issues/render';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';
import { StorageWarning } from '../storage/StorageWarning';

/**
 * Why a link or file was rejected, issue by issue, with the JSON path of each. Text only:
 * nothing from the rejected input is ever rendered as HTML.
 */
export function ErrorBanner() {
  const t = useT();
  const error = useAppState((s) => s.error);
  const { setError } = useActions();
  if (error === null) return null;
  if (error.source === 'storage') return <StorageWarning issues={error.issues} />;
  return (
    <div className="error-banner" role="alert" data-testid="state-error">
      <strong>{t('error.title')}</strong>
      <ul>
        {error.issues.map((issue, i) => {
          const text = issueText(t, issue);
          // A message that begins with its field's name ("dataset must be one of …") has
          // it marked there, not said twice ("dataset dataset must be …").
          const named = issue.path !== '' && text.startsWith(`${issue.path} `);
          return (
            <li key={i}>
              {issue.path !== '' && <code>{issue.path}</code>}{' '}
              <MessageText text={named ? text.slice(issue.path.length + 1) : text} />
            </li>
          );
        })}
      </ul>
      <p>
        {t(
          error.source === 'file'
            ? 'error.keptFile'
            : error.keptLastState
              ? 'error.keptLastState'
              : 'error.kept',
        )}
      </p>
      <button type="button" onClick={() => setError(null)}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
