/**
 * Per-frame writes to the page (captions, readouts) that touch the DOM only when the text
 * or attribute really changes: an identical write still invalidates the layout, and at
 * 60 frames a second that is work the frame need not do.
 */
export function setTextIfChanged(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** `element.dataset[key] = value`, only when it differs. */
export function setDataIfChanged(element: HTMLElement, key: string, value: string): void {
  if (element.dataset[key] !== value) element.dataset[key] = value;
}
