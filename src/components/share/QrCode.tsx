import { useMemo } from 'react';
import { useT } from '../common/hooks';
import { QR_MAX_BYTES, qrPath } from './qrMatrix';

interface Props {
  readonly text: string;
  readonly label: string;
  readonly testId: string;
  readonly className: string;
}

/**
 * A QR code of `text`, drawn as one SVG path (black on white, with its quiet zone); for a
 * text longer than a code holds, a line that says so (under `testId`, `data-too-long`).
 */
export function QrCode({ text, label, testId, className }: Props) {
  const t = useT();
  const qr = useMemo(() => qrPath(text), [text]);
  if (qr === null)
    return (
      <p className="muted small" data-testid={testId} data-too-long="true">
        {t('share.qrTooLong', { count: text.length, max: QR_MAX_BYTES })}
      </p>
    );
  return (
    <svg
      className={className}
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
