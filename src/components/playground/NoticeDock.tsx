import { useState, type ReactNode } from 'react';
import { usePlaygroundT } from './usePlaygroundT';

/**
 * The run's notices docked at the window's bottom edge (DataMode): coming up while
 * training plays, they cover the page's foot instead of pushing the maps down. On a
 * phone a notice's text is cut to three lines (it took over a third of the screen), with
 * a button for the rest. Hook: `notice-more`.
 */
export function NoticeDock({ children }: { children: ReactNode }) {
  const t = usePlaygroundT();
  const [open, setOpen] = useState(false);
  return (
    <div className="playground-notices" data-open={open}>
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
