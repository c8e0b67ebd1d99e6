import { useEffect } from 'react';
import { useAppState } from '../../store/StoreProvider';

/**
 * Puts the effective theme on <html data-theme>: the chosen one, or for "system" the
 * light or dark scheme the system prefers (and follows it when it changes).
 */
export function useTheme(): void {
  const theme = useAppState((s) => s.theme);
  const presenter = useAppState((s) => s.presenter);
  useEffect(() => {
    const root = document.documentElement;
    const query =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null;
    const apply = () => {
      root.dataset.theme = theme === 'system' ? (query?.matches ? 'dark' : 'light') : theme;
      root.classList.toggle('presenting', presenter);
    };
    apply();
    query?.addEventListener('change', apply);
    return () => query?.removeEventListener('change', apply);
  }, [theme, presenter]);
}
