import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../common/hooks';

/**
 * The header's menu button, for what a narrow header has no room for: a disclosure (not an
 * ARIA menu, since it holds selects and toggles). Esc or a click outside closes it, Esc
 * returning focus to the button. Its panel stays in the document while closed (`hidden`),
 * so a file input inside it keeps working.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      // A dialog opened from the menu (Share) is outside it but must not close it under itself.
      const target = event.target instanceof Node ? event.target : null;
      if (target !== null && !wrapper.current?.contains(target) && !isInDialog(target))
        setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Node && isInDialog(event.target)) return;
      // Esc closes the menu only; it must not also leave presenter mode or close more.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div className="header-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="tab menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="header-menu"
        aria-label={t('menu.button')}
        title={t('menu.label')}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <div
        id={panelId}
        className="header-menu-panel"
        role="group"
        aria-label={t('menu.label')}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}

function isInDialog(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return (element?.closest('dialog') ?? null) !== null;
}
