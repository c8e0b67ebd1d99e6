import { useContext, type KeyboardEvent, type MouseEvent } from 'react';
import { useActions } from '../../store/StoreProvider';
import { DiagramElementsContext } from './diagramElements';

/**
 * Props that make an element of the diagram inspectable: hovering shows its numbers in
 * the inspector for as long as the pointer stays; a tap or keyboard focus selects it, and
 * the inspector keeps showing it until another element is selected. On a touch screen
 * editing is an explicit action (the inspector's Edit button), never a side effect of a
 * tap, so that a phone does not open its keyboard when a student looks; a mouse click,
 * Enter or a double-click edits in place, as a desktop user expects.
 */
export function useInspectable(id: string, editable: boolean) {
  const { setFocus, startEditing } = useActions();
  const elements = useContext(DiagramElementsContext);
  const select = () => {
    elements?.select(id);
    setFocus(id);
  };
  return {
    tabIndex: 0,
    onMouseEnter: () => setFocus(id),
    onMouseLeave: () => setFocus(elements?.selected() ?? null),
    onFocus: select,
    onClick: (event: MouseEvent) => {
      select();
      if (editable && pointerTypeOf(event) === 'mouse') startEditing(id);
    },
    onDoubleClick: editable ? () => startEditing(id) : undefined,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && editable) {
        event.preventDefault();
        startEditing(id);
      }
    },
  };
}

/** The kind of pointer that clicked: Chromium, Firefox and Safari send a PointerEvent. */
function pointerTypeOf(event: MouseEvent): string {
  const native = event.nativeEvent;
  return typeof PointerEvent !== 'undefined' && native instanceof PointerEvent
    ? native.pointerType
    : 'mouse';
}
