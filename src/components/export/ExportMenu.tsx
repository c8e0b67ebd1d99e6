import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppState, useAppStoreApi } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { questionLabel } from '../practice';
import { SCENE_VIEWS } from '../scenes';
import { findDiagram, type ExportKind } from './exportKinds';
import type { ExportSource } from './exportActions';
import type { ExportSnapshot } from './sceneText';
import { DIAGRAM_CHANGED } from './diagramChanged';
import './export.css';

const DIAGRAM_KINDS: ReadonlySet<ExportKind> = new Set(['svg', 'png']);
/** How often an open menu without a diagram looks for one. */
const DIAGRAM_POLL_MS = 200;

/**
 * The Export menu, unless the link hides the ways to take work away (`hide=share`, a
 * locked-down exercise: the trace would give the answers away).
 */
export function ExportMenu() {
  const hidden = useAppState((s) => s.hidden.includes('share'));
  return hidden ? null : <ExportMenuButton />;
}

/**
 * "Export": a menu button whose menu downloads the diagram (SVG, PNG at 2×), the trace
 * (CSV, JSON) or a NumPy script of the network. Keyboard: Enter, Space or ↓ open it on
 * the first item (↑ on the last), ↑/↓/Home/End move, Esc closes and returns to the
 * button, Tab leaves it.
 */
function ExportMenuButton() {
  const t = useT();
  const { store, select } = useAppStoreApi();
  const kinds = SCENE_VIEWS[useAppState((s) => s.scene)].exportKinds;
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [hasDiagram, setHasDiagram] = useState(true);
  // A long trace export says how far it is (a 12 × 64 network's takes seconds).
  const [working, setWorking] = useState<{
    readonly what: 'diagram' | 'trace';
    readonly percent: number;
  } | null>(null);
  const [status, setStatus] = useState<{ readonly ok: boolean; readonly text: string } | null>(
    null,
  );
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
  ];

  const show = (focus: 'first' | 'last') => {
    setHasDiagram(findDiagram() !== null);
    setStatus(null);
    setOpen(focus);
  };
  const close = (returnFocus: boolean) => {
    setOpen(null);
    if (returnFocus) button.current?.focus();
  };

  // On a narrow screen the button may sit near the left edge: keep the menu on screen.
  useLayoutEffect(() => {
    const popover = menu.current;
    if (open === null || popover === null) return;
    const left = popover.getBoundingClientRect().left;
    const margin = 8;
    if (left < margin) popover.style.setProperty('translate', `${margin - left}px 0`);
  }, [open]);

  // A menu opened while the scene is still drawing (its diagram comes a few frames after
  // the page) offers the diagram exports as soon as the diagram is there.
  useEffect(() => {
    if (open === null || hasDiagram) return;
    const timer = setInterval(() => {
      if (findDiagram() !== null) setHasDiagram(true);
    }, DIAGRAM_POLL_MS);
    return () => clearInterval(timer);
  }, [open, hasDiagram]);

  // Focus the first (or last) item on opening; close on a pointer press outside.
  useEffect(() => {
    if (open === null) return;
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !wrapper.current?.contains(event.target))
        setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const choose = (kind: ExportKind) => {
    if (DIAGRAM_KINDS.has(kind) && !hasDiagram) return;
    const state = store.getState();
    // The trace and the script hold every value of the pass: not while practice asks some.
    // The diagram exports show what the page shows, with the question as their caption.
    if (!DIAGRAM_KINDS.has(kind) && select.practiceHoldsAnswers(state)) {
      close(true);
      setStatus({ ok: false, text: t('practice.exportHeld') });
      return;
    }
    // The state and its diagram, taken now and again if the diagram steps during its export.
    const take = (): ExportSource => {
      const now = store.getState();
      const prompt = select.practicePrompt(now);
      const asked =
        prompt !== null && prompt.step === now.cursor - 1
          ? t('practice.narration', { what: questionLabel(prompt.target, now.network.layers, t) })
          : undefined;
      const snap: ExportSnapshot = {
        ...(asked !== undefined ? { asked } : {}),
        scene: now.scene,
        lang: now.lang,
        scenario: select.scenario(now),
        network: now.network,
        graphAnalysis: select.graphAnalysis(now),
        sample: now.sample,
        cursor: now.cursor,
        iteration: now.iteration,
        trace: select.trace(now),
      };
      return { snap, diagram: findDiagram() };
    };
    const first = take();
    close(true);
    // The exporters and the scene's words load on first use: they are not part of the
    // first screen's code.
    const what = DIAGRAM_KINDS.has(kind) ? 'diagram' : 'trace';
    const progress = (done: number) => setWorking({ what, percent: Math.floor(done * 100) });
    Promise.all([import('./exportActions'), SCENE_VIEWS[state.scene].exportText()])
      .then(([{ runExport }, text]) => runExport(kind, first, take, text, progress))
      .finally(() => setWorking(null))
      .then((file) => setStatus({ ok: true, text: t('export.done', { file }) }))
      .catch((error: unknown) =>
        setStatus({
          ok: false,
          // Drawing the PNG is the one step that can fail in a working browser.
          text:
            error instanceof Error && error.name === DIAGRAM_CHANGED
              ? t('export.changed')
              : kind === 'png'
                ? t('export.pngFailed')
                : t('export.failed', {
                    message: error instanceof Error ? error.message : String(error),
                  }),
        }),
      );
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const at = all.findIndex((item) => item === document.activeElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(all.length - 1),
      Escape: () => close(true),
      // Left and right do nothing in a menu; they must not step the diagram behind it.
      ArrowLeft: () => undefined,
      ArrowRight: () => undefined,
    };
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    const command = keys[event.key];
    if (command === undefined) return;
    // Handled here: the page's stepping keys (Home, End, arrows) must not also run.
    event.preventDefault();
    event.stopPropagation();
    command();
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="tab"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open !== null ? menuId : undefined}
        data-testid="export-button"
        onClick={() => (open !== null ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          show(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {t('export.button')}
      </button>
      {open !== null && (
        <div
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={t('export.menu')}
          className="export-popover"
          onKeyDown={onMenuKeyDown}
        >
          {kinds.map((kind) => {
            const disabled = DIAGRAM_KINDS.has(kind) && !hasDiagram;
            return (
              <button
                key={kind}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={disabled || undefined}
                data-testid={`export-${kind}`}
                onClick={() => choose(kind)}
              >
                <span className="export-label">{t(`export.${kind}`)}</span>
                <span className="export-hint">
                  {disabled ? t('export.noDiagram') : t(`export.${kind}Hint`)}
                </span>
              </button>
            );
          })}
        </div>
      )}
      {working !== null && working.percent < 100 && (
        <p className="export-progress" data-testid="export-progress" data-percent={working.percent}>
          {t(working.what === 'diagram' ? 'export.workingDiagram' : 'export.working', {
            percent: working.percent,
          })}
        </p>
      )}
      {status?.ok === false ? (
        <p role="alert" className="export-error" data-testid="export-status">
          {status.text}
          <button
            type="button"
            className="export-dismiss"
            aria-label={t('error.dismiss')}
            onClick={() => setStatus(null)}
          >
            ×
          </button>
        </p>
      ) : (
        <p role="status" className="visually-hidden" data-testid="export-status">
          {status?.text}
        </p>
      )}
    </div>
  );
}
