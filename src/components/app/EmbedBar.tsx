import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/** The one piece of chrome an embedded view keeps: a way out to the full app. */
export function EmbedBar() {
  const t = useT();
  const link = useDerived((select, s) => select.fullAppLink(s));
  const url = `${window.location.pathname}${link}`;
  return (
    <div className="embed-bar">
      <strong>{t('app.title')}</strong>
      <a href={url} target="_blank" rel="noopener" data-testid="open-full-app">
        {t('embed.openFull')} ↗
      </a>
    </div>
  );
}
