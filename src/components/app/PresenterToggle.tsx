import { useEffect } from 'react';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * Enters presenter mode (and full screen, where the browser allows it) and leaves it.
 * Leaving full screen with Esc leaves presenter mode too.
 */
export function PresenterToggle() {
  const t = useT();
  const presenter = useAppState((s) => s.presenter);
  const { setPresenter } = useActions();
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === null && presenter) setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenter, setPresenter]);
  const toggle = () => {
    if (presenter) {
      setPresenter(false);
      if (document.fullscreenElement !== null)
        void document.exitFullscreen().catch(() => undefined);
    } else {
      setPresenter(true);
      // Full screen needs a user gesture and may be refused (iframes, kiosks): fine.
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    }
  };
  return (
    <button
      type="button"
      className="tab"
      aria-pressed={presenter}
      onClick={toggle}
      data-testid="presenter-toggle"
      title={t('presenter.hint')}
    >
      {presenter ? t('presenter.exit') : t('presenter.enter')}
    </button>
  );
}
