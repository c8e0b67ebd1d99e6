/** Offers `blob` as a download named `name`, the way a link with `download` does. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers `text` as a UTF-8 download named `name`. */
export function downloadText(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), name);
}

/** Characters encoded in one task when a long text is made into a file. */
const CHARS_PER_TASK = 1 << 20;

/**
 * Offers text written in parts (a long trace) as a download: it is encoded into the file
 * a megabyte at a time, one task each, and never joined into one string. A 12 × 64
 * network's trace is 20 MB of JSON; made into a file at once, it held the page 1.7 s.
 */
export async function downloadParts(
  parts: readonly string[],
  name: string,
  type: string,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  const blobs: Blob[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start;
    let chars = 0;
    while (end < parts.length && chars < CHARS_PER_TASK) chars += parts[end++]?.length ?? 0;
    blobs.push(new Blob(parts.slice(start, end)));
    start = end;
    if (start < parts.length) await pause();
  }
  downloadBlob(new Blob(blobs, { type: `${type};charset=utf-8` }), name);
}
