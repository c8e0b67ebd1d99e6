import { lazy, Suspense, useRef, useState } from 'react';
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
  return (
    <>
      <button
        type="button"
        className="tab"
        data-testid="share-button"
        onClick={() => {
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
