import qrcode from 'qrcode-generator';

/**
 * The modules of a QR code for `text` as one SVG path ("M x y h1 v1 h-1 z" per dark
 * module), with error correction M, the smallest version that fits. Pure and DOM-free:
 * the component draws the path itself, so nothing is injected as HTML.
 */
export function qrPath(text: string): { size: number; path: string } {
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
