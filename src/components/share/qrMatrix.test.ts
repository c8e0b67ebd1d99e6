import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, qrPath } from './qrMatrix';

describe('qrPath', () => {
  it('draws a square code with the three finder patterns in their corners', () => {
    const qr = qrPath('https://example.org/?s=1.N4Igzg');
    if (qr === null) throw new Error('a short link has a code');
    const { size, path } = qr;
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0); // QR versions are 21, 25, 29, … modules wide
    // Finder patterns are dark at (0,0), (0,size−1) and (size−1,0) and light inside the ring.
    expect(path).toContain('M0 0h1v1h-1z');
    expect(path).toContain(`M${size - 1} 0h1v1h-1z`);
    expect(path).toContain(`M0 ${size - 1}h1v1h-1z`);
    expect(path).not.toContain('M1 1h1v1h-1z');
  });

  it('grows with the amount of data', () => {
    expect(qrPath('x'.repeat(600))?.size).toBeGreaterThan(qrPath('short')?.size ?? Infinity);
  });

  it('holds the most a code can, and says null (never throws) for a longer link', () => {
    expect(qrPath('x'.repeat(QR_MAX_BYTES))?.size).toBe(177); // version 40
    expect(qrPath('x'.repeat(QR_MAX_BYTES + 1))).toBeNull();
    expect(qrPath('x'.repeat(470_000))).toBeNull();
    // Bytes, not characters: 1,166 Chinese characters are 3,498 bytes.
    expect(qrPath('链'.repeat(1166))).toBeNull();
  });
});
