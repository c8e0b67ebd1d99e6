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
          return (
            <li key={i}>
              {issue.path !== '' && <code>{issue.path}</code>}{' '}
              <MessageText text={issueText(t, issue)} />
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
