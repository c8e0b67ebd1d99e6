import type { KeyboardEvent, MouseEvent } from 'react';

/**
 * Props that make an SVG element of the diagram hoverable, focusable and tappable, and so
 * inspectable: focusing or hovering sets the store's focus to the element's id.
 */
export function inspectable(
  id: string,
  setFocus: (id: string | null) => void,
  onActivate?: (event: MouseEvent | KeyboardEvent) => void,
) {
  return {
    tabIndex: 0,
    onMouseEnter: () => setFocus(id),
    onMouseLeave: () => setFocus(null),
    onFocus: () => setFocus(id),
    onBlur: () => setFocus(null),
    onClick: (event: MouseEvent) => {
      setFocus(id);
      onActivate?.(event);
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && onActivate) {
        event.preventDefault();
        onActivate(event);
      }
    },
  };
}
