import { isMessageKey } from '../../i18n/translate';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * Why a link or file was rejected, issue by issue, with the JSON path of each. Text only:
 * nothing from the rejected input is ever rendered as HTML.
 */
export function ErrorBanner() {
  const t = useT();
  const error = useAppState((s) => s.error);
  const { setError } = useActions();
  if (error === null) return null;
  return (
    <div className="error-banner" role="alert" data-testid="state-error">
      <strong>{t('error.title')}</strong>
      <ul>
        {error.issues.map((issue, i) => {
          const key = `issue.${issue.code}`;
          const message = isMessageKey(key) ? t(key, issue.params) : issue.message;
          return (
            <li key={i}>
              {issue.path !== '' && <code>{issue.path}</code>} {message}
            </li>
          );
        })}
      </ul>
      <p>{t(error.source === 'file' ? 'error.keptFile' : 'error.kept')}</p>
      <button type="button" onClick={() => setError(null)}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
