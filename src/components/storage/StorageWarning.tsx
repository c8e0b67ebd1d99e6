import type { InputIssue } from '../../engine';
import { issueText } from '../../i18n/issues/render';
import { useActions, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';
import { saveScenarioFile } from '../share/saveFile';

/** Issues this notice explains in its own words; the rest say why a stored state was unreadable. */
const NOT_KEPT = new Set(['storage-full', 'storage-forbidden']);
const SET_ASIDE = new Set(['stored-set-aside', 'stored-not-set-aside']);

/**
 * Says that this browser no longer keeps the user's work (full or forbidden storage),
 * with a button that saves the current scenario as a file; or that the state kept from
 * last time could not be read and was set aside. Shown once (store/persist.ts decides
 * when), dismissable.
 */
export function StorageWarning({ issues }: { readonly issues: readonly InputIssue[] }) {
  const t = useT();
  const { setError } = useActions();
  // The scenario the current scene edits, as Save would write it.
  const scenario = useDerived((select, s) => select.scenario(s));
  const notKept = issues.filter((i) => NOT_KEPT.has(i.code));
  const setAside = issues.filter((i) => SET_ASIDE.has(i.code));
  const reasons = issues.filter((i) => !NOT_KEPT.has(i.code) && !SET_ASIDE.has(i.code));
  const reason = reasons.some((i) => i.code === 'link-version')
    ? t('storage.reasonVersion')
    : t('storage.reasonDamaged');
  return (
    <div className="error-banner storage-warning" role="alert" data-testid="storage-warning">
      {notKept.length > 0 && (
        <>
          <strong>{t('storage.notKeptTitle')}</strong>
          {notKept.map((issue) => (
            <p key={issue.code}>
              <MessageText text={issueText(t, issue)} />
            </p>
          ))}
          <p>{t('storage.notKeptAdvice')}</p>
          <button
            type="button"
            data-testid="storage-save"
            onClick={() => saveScenarioFile(scenario)}
          >
            {t('storage.save')}
          </button>{' '}
        </>
      )}
      {setAside.length > 0 && (
        <>
          <strong>{t('storage.setAsideTitle')}</strong>
          {setAside.map((issue) => (
            <p key={issue.code} data-testid="storage-set-aside">
              <MessageText text={issueText(t, issue)} /> {reasons.length > 0 && reason}
            </p>
          ))}
        </>
      )}
      <button type="button" onClick={() => setError(null)}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
