import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { usePlaygroundT } from './usePlaygroundT';

/**
 * The run's notices docked at the window's bottom edge (DataMode): coming up while
 * training plays, they cover the page's foot instead of pushing the maps down. A
 * notice's text is cut to three lines (whole, it took a third of a phone's screen and hid
 * a laptop's loss chart), with a button for the rest, shown only when something is cut.
 * Hook: `notice-more`.
 */
export function NoticeDock({ children }: { children: ReactNode }) {
  const t = usePlaygroundT();
  const [open, setOpen] = useState(false);
  const dock = useRef<HTMLDivElement>(null);
  const cut = useCutText(dock, open);
  return (
    <div ref={dock} className="playground-notices" data-open={open} data-cut={cut}>
      {children}
      <button
        type="button"
        className="small notice-more"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="notice-more"
      >
        {t(open ? 'playground.notice.less' : 'playground.notice.more')}
      </button>
    </div>
  );
}

/**
 * Whether the notice's text is cut to its three lines (or, on a phone, the tried η's
 * account is held back): measured whenever the dock's content or size changes.
 */
function useCutText(dock: RefObject<HTMLDivElement | null>, open: boolean): boolean {
  const [cut, setCut] = useState(true);
  useEffect(() => {
    const el = dock.current;
    if (el === null || open) return undefined;
    const measure = () => {
      const text = el.querySelector<HTMLElement>('.divergence > p:first-child');
      const held = el.querySelector<HTMLElement>('.divergence .suggestion > p');
      const clipped = text !== null && text.scrollHeight > text.clientHeight + 1;
      const hidden = held !== null && getComputedStyle(held).display === 'none';
      setCut(clipped || hidden);
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    const changes = new MutationObserver(measure);
    changes.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      resize.disconnect();
      changes.disconnect();
    };
  }, [dock, open]);
  return cut;
}
