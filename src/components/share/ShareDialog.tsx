import { useMemo, useState } from 'react';
import { assertNever } from '../../lib/assertNever';
import { linkedVariant, rowVariants } from '../../store/practice/exerciseLinks';
import { useDerived } from '../../store/StoreProvider';
import type { LinkedState } from '../../store/url/linkFields';
import { linkFor } from '../../store/url/syncUrl';
import { ClassShareSection } from '../class/JoinClass';
import { useT } from '../common/hooks';
import { LinkOptions, type LinkChoices } from './LinkOptions';
import { qrPath } from './qrMatrix';
import { RowLinks } from './RowLinks';

/**
 * The links the dialog offers: one, or with "one link per row" one per row of the class
 * (variants 1 … rows; the first is the one shown above and in the QR code).
 */
function exerciseLinks(linked: LinkedState, choices: LinkChoices): string[] {
  const { numbers, ...fields } = choices;
  const state: LinkedState = { ...linked, ...fields };
  switch (numbers.kind) {
    case 'same':
      return [linkFor(state)];
    case 'variant':
      return [linkFor(linkedVariant(state, numbers.number))];
    case 'rows':
      return rowVariants(state, numbers.rows).map(linkFor);
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
  // Encoding compresses the whole state: only when the state or the choices change.
  const links = useMemo(() => exerciseLinks(linked, choices), [linked, choices]);
  const base = `${window.location.origin}${window.location.pathname}`;
  const url = `${base}${links[0] ?? ''}`;
  const snippet = `<iframe src="${url}" width="960" height="640" style="border:0" title="${t('app.title')}"></iframe>`;
  const qr = useMemo(() => qrPath(url), [url]);
  // A phone cannot open "localhost": say so instead of offering a code that fails.
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
          value={url}
          aria-label={t('share.link')}
          data-testid="share-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="primary" onClick={copy}>
          {t('share.copy')}
        </button>
      </div>
      <LinkOptions choices={choices} onChange={setChoices} embedSnippet={snippet} />
      {choices.numbers.kind === 'rows' && <RowLinks urls={links.map((l) => `${base}${l}`)} />}
      <p className="share-status" role="status">
        {copied === 'yes' && copiedUrl === url
          ? t('share.copied')
          : copied === 'no'
            ? t('share.copyFailed')
            : ''}
      </p>
      {local && (
        <p className="share-warning" data-testid="share-local">
          {t('share.local')}
        </p>
      )}
      <svg
        className="qr"
        viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`}
        role="img"
        aria-label={t('share.qr')}
        shapeRendering="crispEdges"
        data-testid="share-qr"
      >
        <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <p className="muted small">{t('share.length', { count: url.length })}</p>
      <ClassShareSection onDone={onClose} />
      <button type="button" onClick={onClose}>
        {t('share.close')}
      </button>
    </div>
  );
}
