import { useState } from 'react';
import { useT } from '../common/hooks';

/**
 * One exercise link per row of the class, each with its own variant (row r gets variant
 * r), as a list to copy into a course page or a message; "copy all" puts them one per line.
 */
export function RowLinks({ urls }: { urls: readonly string[] }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="row-links">
      <p className="muted">{t('share.rowsExplain')}</p>
      <ol data-testid="share-rows">
        {urls.map((url, i) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noreferrer" data-testid={`share-row-${i + 1}`}>
              {t('share.rowLink', { row: i + 1, number: i + 1 })}
            </a>
            <input
              readOnly
              value={url}
              aria-label={t('share.rowLink', { row: i + 1, number: i + 1 })}
              onFocus={(e) => e.currentTarget.select()}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            .writeText(urls.join('\n'))
            .then(() => setCopied('yes'))
            .catch(() => setCopied('no'))
        }
      >
        {t('share.copy')} ({urls.length})
      </button>
      <span role="status">
        {copied === 'yes' ? t('share.copied') : copied === 'no' ? t('share.copyFailed') : ''}
      </span>
    </div>
  );
}
