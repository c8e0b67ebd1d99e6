import qrcode from 'qrcode-generator';

/** The most a QR code holds at error correction M (version 40, bytes): 2,331. */
export const QR_MAX_BYTES = 2331;

/**
 * The modules of a QR code for `text` as one SVG path ("M x y h1 v1 h-1 z" per dark
 * module), with error correction M, the smallest version that fits; null when `text` is
 * longer than a QR code holds (a large network's link), which the library would throw on.
 * Pure and DOM-free: the component draws the path itself, so nothing is injected as HTML.
 */
export function qrPath(text: string): { size: number; path: string } | null {
  if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size, path: parts.join('') };
}
