import { describe, expect, it } from 'vitest';
import { qrPath } from './qrMatrix';

describe('qrPath', () => {
  it('draws a square code with the three finder patterns in their corners', () => {
    const { size, path } = qrPath('https://example.org/?s=1.N4Igzg');
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0); // QR versions are 21, 25, 29, … modules wide
    // Finder patterns are dark at (0,0), (0,size−1) and (size−1,0) and light inside the ring.
    expect(path).toContain('M0 0h1v1h-1z');
    expect(path).toContain(`M${size - 1} 0h1v1h-1z`);
    expect(path).toContain(`M0 ${size - 1}h1v1h-1z`);
    expect(path).not.toContain('M1 1h1v1h-1z');
  });

  it('grows with the amount of data', () => {
    expect(qrPath('x'.repeat(600)).size).toBeGreaterThan(qrPath('short').size);
  });
});
