/**
 * Props that make a diagram element hoverable, focusable (Tab) and tappable; each of these
 * sets the store's focus to the element's DOM id, which the graph inspector shows.
 */
export function focusHandlers(id: string, setFocus: (id: string | null) => void) {
  return {
    tabIndex: 0,
    onMouseEnter: () => setFocus(id),
    onMouseLeave: () => setFocus(null),
    onFocus: () => setFocus(id),
    onBlur: () => setFocus(null),
    onClick: () => setFocus(id),
  };
}
