import { useMemo, useState } from 'react';
import { assertNever } from '../../lib/assertNever';
import { linkedVariant, rowVariants } from '../../store/practice/exerciseLinks';
import { useAppStoreApi, useDerived } from '../../store/StoreProvider';
import type { LinkedState } from '../../store/url/linkFields';
import { MAX_LINK_LENGTH } from '../../store/url/readableLink';
import { ClassShareSection } from '../class/JoinClass';
import { QrCode } from './QrCode';
import { useT } from '../common/hooks';
import { LinkOptions, type LinkChoices } from './LinkOptions';
import { RowLinks } from './RowLinks';
import { saveScenarioFile } from './saveFile';
import { useLinks } from './useLinks';

/**
 * The states the dialog links to: one, or with "one link per row" one per row of the class
 * (variants 1 … rows; the first is the one shown above and in the QR code).
 */
function exerciseStates(linked: LinkedState, choices: LinkChoices): LinkedState[] {
  const { numbers, ...fields } = choices;
  const state: LinkedState = { ...linked, ...fields };
  switch (numbers.kind) {
    case 'same':
      return [state];
    case 'variant':
      return [linkedVariant(state, numbers.number)];
    case 'rows':
      return rowVariants(state, numbers.rows);
    default:
      return assertNever(numbers);
  }
}

/** The dialog's content, loaded when it is first opened (ShareButton.tsx). */
export function ShareContent({ onClose }: { onClose: () => void }) {
  const t = useT();
  const linked = useDerived((select, s) => select.linkedState(s));
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [choices, setChoices] = useState<LinkChoices>({
    hidden: linked.hidden,
    embed: linked.embed,
    presenter: linked.presenter,
    practice: linked.practice,
    numbers: { kind: 'same' },
  });
  // Encoding compresses the whole state: only when the state or the choices change, and a
  // large network's in slices (null until done).
  const states = useMemo(() => exerciseStates(linked, choices), [linked, choices]);
  const links = useLinks(states);
  const base = `${window.location.origin}${window.location.pathname}`;
  const url = links === null ? '' : `${base}${links[0] ?? ''}`;
  const snippet = `<iframe src="${url}" width="960" height="640" style="border:0" title="${t('app.title')}"></iframe>`;
  const ready = links !== null;
  const query = links?.[0] ?? '';
  // A state over what a link opens has no link to offer (laying out its half a million
  // characters in the field also blocked the page for 100 ms): the dialog says to save a file.
  const tooLong = ready && query.length > MAX_LINK_LENGTH;
  const { store, select } = useAppStoreApi();
  // A phone cannot open "localhost": the dialog says so above the code (which still opens
  // the link on this computer, and shows what a served address would give).
  const local = /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(window.location.hostname);
  const [copiedUrl, setCopiedUrl] = useState('');
  const copy = () => {
    navigator.clipboard
      .writeText(url)
      .then(() => {
        setCopied('yes');
        setCopiedUrl(url);
      })
      .catch(() => setCopied('no'));
  };
  return (
    <div className="share-content">
      <h2 id="share-title">{t('share.title')}</h2>
      <p className="muted">{t('share.explain')}</p>
      <div className="share-link">
        <input
          readOnly
          value={tooLong ? '' : url}
          placeholder={tooLong ? t('share.noLink') : ready ? undefined : t('share.preparing')}
          aria-label={t('share.link')}
          aria-busy={!ready}
          data-testid="share-link"
          data-ready={ready}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="primary" onClick={copy} disabled={!ready || tooLong}>
          {t('share.copy')}
        </button>
      </div>
      <LinkOptions choices={choices} onChange={setChoices} embedSnippet={snippet} />
      {choices.numbers.kind === 'rows' && links !== null && (
        <RowLinks urls={links.map((l) => `${base}${l}`)} />
      )}
      <p className="share-status" role="status">
        {copied === 'yes' && copiedUrl === url
          ? t('share.copied')
          : copied === 'no'
            ? t('share.copyFailed')
            : ''}
      </p>
      {local && !tooLong && (
        <p className="share-warning" data-testid="share-local">
          {t('share.local')}
        </p>
      )}
      {tooLong && (
        <div className="share-warning" role="alert" data-testid="share-too-long">
          <p>
            {t('share.linkTooLong', {
              size: Math.ceil(query.length / 1024),
              max: Math.floor(MAX_LINK_LENGTH / 1024),
            })}
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => saveScenarioFile(select.scenario(store.getState()))}
          >
            {t('share.saveInstead')}
          </button>
        </div>
      )}
      {ready && !tooLong && (
        <QrCode text={url} label={t('share.qr')} testId="share-qr" className="qr" />
      )}
      {!tooLong && (
        <p className="muted small">
          {ready ? t('share.length', { count: url.length }) : t('share.preparing')}
        </p>
      )}
      <ClassShareSection onDone={onClose} />
      <button type="button" onClick={onClose}>
        {t('share.close')}
      </button>
    </div>
  );
}
