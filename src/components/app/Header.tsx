import { Fragment, type ReactNode } from 'react';
import { LANGUAGES } from '../../i18n/translate';
import { SCENES } from '../../store/types';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { ExportMenu } from '../export/ExportMenu';
import { ChapterMenu } from '../chapters/ChapterMenu';
import { FileControls } from '../share/FileControls';
import { ShareButton } from '../share/ShareButton';
import { HeaderMenu } from './HeaderMenu';
import { HEADER_ITEMS, HEADER_PLAN, type HeaderItem } from './layouts';
import { PresenterToggle } from './PresenterToggle';
import { ThemeSelect } from './ThemeSelect';
import { useLayout } from './useLayout';

/**
 * Title, chapters, scene tabs, the actions and the language switch, in one row. What the
 * layout has no room for goes into the menu (layouts.ts, HEADER_PLAN): on a phone the row is
 * the title, the scene tabs and the menu button.
 */
export function Header() {
  const t = useT();
  const plan = HEADER_PLAN[useLayout()];
  const parts = useHeaderParts();
  const inline = HEADER_ITEMS.filter((item) => !plan.menu.includes(item));
  const inMenu = HEADER_ITEMS.filter((item) => plan.menu.includes(item));
  const place = (items: readonly HeaderItem[]) =>
    items.map((item) => <Fragment key={item}>{parts[item]}</Fragment>);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {inline.includes('chapter') && parts.chapter}
      <SceneTabs short={plan.shortScenes} />
      <div className="header-actions">
        {place(inline.filter((item) => item !== 'chapter' && item !== 'language'))}
      </div>
      {inline.includes('language') && parts.language}
      {inMenu.length > 0 && <HeaderMenu>{place(inMenu)}</HeaderMenu>}
    </header>
  );
}

/** Every part of the header, wherever the layout puts it. */
function useHeaderParts(): Record<HeaderItem, ReactNode> {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const hidden = useAppState((s) => s.hidden);
  const { setLanguage } = useActions();
  return {
    chapter: <ChapterMenu />,
    share: hidden.includes('share') ? null : <ShareButton />,
    files: hidden.includes('share') || hidden.includes('editor') ? null : <FileControls />,
    export: <ExportMenu />,
    present: <PresenterToggle />,
    theme: <ThemeSelect />,
    language: (
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
    ),
  };
}

/** The scenes, as toggle buttons; short names where the row is narrow. */
function SceneTabs({ short }: { short: boolean }) {
  const t = useT();
  const scene = useAppState((s) => s.scene);
  const { setScene, setChapter } = useActions();
  return (
    <nav className="scene-tabs" aria-label={t('scenes.label')}>
      {SCENES.map((name) => (
        <button
          key={name}
          type="button"
          className={cx('tab', scene === name && 'selected')}
          aria-pressed={scene === name}
          title={short ? t(`scene.${name}`) : undefined}
          // The full name for screen readers; it contains the short one shown ("Graph").
          aria-label={short ? t(`scene.${name}`) : undefined}
          onClick={() => {
            // Choosing a scene by hand leaves the lecture's chapter sequence.
            if (name !== scene) setChapter(null);
            setScene(name);
          }}
        >
          {t(short ? `scene.short.${name}` : `scene.${name}`)}
        </button>
      ))}
    </nav>
  );
}
