/** True when the key press belongs to a text field, a select or an editable element. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * True when a page-wide stepping key may act on this key press: nobody handled it yet, no
 * modifier is held, the user is not typing, and it is not Space or Enter on a button
 * (which activates the button itself).
 */
export function isStepKey(event: KeyboardEvent): boolean {
  if (
    event.defaultPrevented ||
    event.altKey ||
    event.ctrlKey ||
    event.metaKey ||
    isTyping(event.target)
  )
    return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  return !(
    (event.key === ' ' || event.key === 'Enter') &&
    target?.closest('button, [role="button"], a, summary')
  );
}
