import { lazy, Suspense, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

// The dialog's content (links, QR code, the class section) loads when it is first opened:
// none of it is needed to draw the first screen.
const ShareContent = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareContent })));

/**
 * "Share": the link to exactly this state, a button that copies it, and a QR code big
 * enough to scan from the back of a classroom when projected.
 */
export function ShareButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const app = useAppStoreApi();
  return (
    <>
      <button
        type="button"
        className="tab"
        data-testid="share-button"
        onClick={() => {
          // The link is of the state on screen: a run still playing behind the dialog
          // would be past it by the time the link is copied (the dialog says "the same
          // step"). Paused, the link is written at the step the run stopped at.
          if (app.store.getState().playing) app.actions.setPlaying(false);
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('share.button')}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby="share-title"
        onClose={() => setOpen(false)}
      >
        {open && (
          <Suspense fallback={null}>
            <ShareContent onClose={() => dialog.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
