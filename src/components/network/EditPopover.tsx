import {
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react';
import { keepInView } from '../common/keepInView';
import { readTypedNumber } from '../../engine';
import { numberProblemText } from '../../i18n/issues/render';
import { formatFull } from '../../lib/format';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';
import { DiagramElementsContext } from './diagramElements';
import { editTarget, rejectValue } from './editTargets';

interface Props {
  readonly container: RefObject<HTMLDivElement | null>;
}

/**
 * Edits a weight, bias, input or target in place: a number field laid over the element.
 * Enter or OK commits (one undoable edit; everything recomputes and the cursor stays on
 * its step), Esc or Cancel cancels, and a value that is not a number shows a message and
 * keeps the old value. OK and Cancel are buttons a finger can hit on a phone.
 */
export function EditPopover({ container }: Props) {
  const editing = useAppState((s) => s.editing);
  const network = useAppState((s) => s.network);
  const sample = useAppState((s) => s.sample);
  const target = editing === null ? null : editTarget(editing, network, sample);
  if (editing === null || target === null) return null;
  // Keyed by the element, so each edit starts from that element's current value.
  return <EditField key={editing} id={editing} initial={target.value} container={container} />;
}

function EditField({ id, initial, container }: Props & { id: string; initial: number }) {
  const t = useT();
  const network = useAppState((s) => s.network);
  const sample = useAppState((s) => s.sample);
  const { editNetwork, stopEditing } = useActions();
  const [text, setText] = useState(() => formatFull(initial).replace('\u2212', '-'));
  const [message, setMessage] = useState<string | null>(null);
  const popover = useRef<HTMLDivElement>(null);
  const elements = useContext(DiagramElementsContext);
  const input = useRef<HTMLInputElement>(null);

  // Place the field over its element; a DOM measurement, so it writes the DOM directly.
  useLayoutEffect(() => {
    const box = container.current;
    const element = elements?.get(id);
    const field = popover.current;
    if (!box || !element || !field) return;
    keepInView(box, element);
    const outer = box.getBoundingClientRect();
    const inner = element.getBoundingClientRect();
    field.style.left = `${inner.left - outer.left + box.scrollLeft + inner.width / 2}px`;
    field.style.top = `${inner.top - outer.top + box.scrollTop + inner.height / 2}px`;
    field.style.visibility = 'visible';
    input.current?.focus();
    input.current?.select();
  }, [id, container, elements]);

  // How a reinterpreted value will be read ("0,5" → 0.5), shown before Enter commits it.
  const reading = readTypedNumber(text);
  const understood = reading.ok ? reading.understood : undefined;

  const returnFocus = () => {
    const element = elements?.get(id);
    stopEditing();
    element?.focus();
  };
  // Browsers that do not focus a tapped button (Safari) would blur the field first.
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  const commit = () => {
    const read = readTypedNumber(text);
    if (!read.ok) {
      setMessage(t('number.kept', { reason: numberProblemText(t, read) }));
      return;
    }
    const value = read.value;
    const rejection = rejectValue(id, network, value);
    if (rejection !== null) {
      setMessage(t(`edit.${rejection}`));
      return;
    }
    const target = editTarget(id, network, sample);
    if (target !== null && value !== target.value) editNetwork(target.apply(network, value));
    returnFocus();
  };

  return (
    <div
      ref={popover}
      className="edit-popover"
      style={{ visibility: 'hidden' }}
      onBlur={(e) => {
        // Moving between the field, OK and Cancel is not leaving the editor.
        if (!e.currentTarget.contains(e.relatedTarget)) stopEditing();
      }}
    >
      <label>
        <span className="visually-hidden">{t('edit.label')}</span>
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          data-testid="edit-input"
          value={text}
          aria-invalid={message !== null}
          aria-describedby={message === null ? undefined : 'edit-message'}
          onChange={(e) => {
            setText(e.target.value);
            setMessage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              returnFocus();
            }
          }}
        />
      </label>
      <div className="edit-actions">
        <button
          type="button"
          className="primary"
          data-testid="edit-ok"
          onMouseDown={keepFocus}
          onClick={commit}
        >
          {t('netDiagram.ok')}
        </button>
        <button
          type="button"
          data-testid="edit-cancel"
          onMouseDown={keepFocus}
          onClick={returnFocus}
        >
          {t('netDiagram.cancel')}
        </button>
      </div>
      {message !== null && (
        <p id="edit-message" className="edit-message" role="alert">
          <MessageText text={message} />
        </p>
      )}
      <p className="edit-hint">
        {understood === undefined
          ? t('edit.hint')
          : `${t('number.readAs', { value: understood })} · ${t('edit.hint')}`}
      </p>
    </div>
  );
}
