import { THEMES, type Theme } from '../../store/types';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/** System (the default), light, dark or high contrast. */
export function ThemeSelect() {
  const t = useT();
  const theme = useAppState((s) => s.theme);
  const { setTheme } = useActions();
  return (
    <label className="theme-select">
      <span className="visually-hidden">{t('theme.label')}</span>
      <select
        value={theme}
        onChange={(e) => setTheme(e.target.value as Theme)}
        data-testid="theme-select"
        title={t('theme.label')}
      >
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t(`theme.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
