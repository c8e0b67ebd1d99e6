import { describe, expect, it } from 'vitest';
import { registerServiceWorker, type PageWindow } from './register';

/** A page as the registration sees it. */
const page = (protocol: string, manifest: boolean, serviceWorker = true): PageWindow =>
  ({
    navigator: serviceWorker ? { serviceWorker: {} } : {},
    location: { protocol },
    document: {
      querySelector: (selector: string) =>
        manifest && selector === 'link[rel="manifest"]' ? {} : null,
    },
  }) as unknown as PageWindow;

describe('registerServiceWorker', () => {
  it('registers on a served page whose build linked the manifest', () => {
    expect(registerServiceWorker(page('https:', true))).toBe(true);
    expect(registerServiceWorker(page('http:', true))).toBe(true);
  });

  it('registers nothing for the single file (no manifest, opened from disk) or without support', () => {
    expect(registerServiceWorker(page('file:', false))).toBe(false);
    expect(registerServiceWorker(page('file:', true))).toBe(false);
    expect(registerServiceWorker(page('http:', false))).toBe(false);
    expect(registerServiceWorker(page('https:', true, false))).toBe(false);
  });
});
