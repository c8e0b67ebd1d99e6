import { LANGUAGES } from '../../i18n/translate';
import { SCENES } from '../../store/types';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { ExportMenu } from '../export/ExportMenu';
import { ChapterMenu } from '../chapters/ChapterMenu';
import { FileControls } from '../share/FileControls';
import { PresenterToggle } from './PresenterToggle';
import { ThemeSelect } from './ThemeSelect';
import { ShareButton } from '../share/ShareDialog';

/** Title, scene tabs and the language switch. */
export function Header() {
  const t = useT();
  const scene = useAppState((s) => s.scene);
  const lang = useAppState((s) => s.lang);
  const hidden = useAppState((s) => s.hidden);
  const { setScene, setLanguage, setChapter } = useActions();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <ChapterMenu />
      <nav className="scene-tabs" aria-label={t('app.title')}>
        {SCENES.map((name) => (
          <button
            key={name}
            type="button"
            className={cx('tab', scene === name && 'selected')}
            aria-pressed={scene === name}
            onClick={() => {
              // Choosing a scene by hand leaves the lecture's chapter sequence.
              if (name !== scene) setChapter(null);
              setScene(name);
            }}
          >
            {t(`scene.${name}`)}
          </button>
        ))}
      </nav>
      <div className="header-actions">
        {!hidden.includes('share') && <ShareButton />}
        {!hidden.includes('share') && !hidden.includes('editor') && <FileControls />}
        <ExportMenu />
        <PresenterToggle />
        <ThemeSelect />
      </div>
      <div className="language" role="group" aria-label={t('app.language')}>
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            className={cx('tab', lang === l && 'selected')}
            aria-pressed={lang === l}
            onClick={() => setLanguage(l)}
            lang={l === 'zh' ? 'zh-CN' : 'en'}
          >
            {t(`lang.${l}`)}
          </button>
        ))}
      </div>
    </header>
  );
}
