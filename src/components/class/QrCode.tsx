import { useMemo } from 'react';
import { qrPath } from '../share/qrMatrix';

/** A QR code of `text`, drawn as one SVG path (black on white, with its quiet zone). */
export function QrCode({ text, label, testId }: { text: string; label: string; testId: string }) {
  const qr = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="class-qr"
      viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
