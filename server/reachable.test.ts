/**
 * Whether a page has a class server: yes on the class server's own origin; no for the
 * single file (file://), a static host whose fallback page answers every path, or nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { classServerFor, isClassServerReachable, joinLink } from '../src/class/serverUrls.ts';
import { startTestServer } from './testing/classFixture.ts';
import { freePort } from './testing/ports.ts';

describe('isClassServerReachable', { timeout: 30_000 }, () => {
  it('is true on the class server', async () => {
    const running = await startTestServer();
    try {
      expect(await isClassServerReachable(classServerFor(`${running.url}/?class=ABCD2345`))).toBe(
        true,
      );
    } finally {
      await running.close();
    }
  });

  it('is false where there is none', async () => {
    expect(classServerFor('file:///media/usb/index.html')).toBeNull();
    expect(await isClassServerReachable(null)).toBe(false);
    expect(await isClassServerReachable(`http://127.0.0.1:${await freePort()}`)).toBe(false);
    // A static host that answers every path with its page (HTTP 200, HTML).
    const spa = createServer((_, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html>'),
    );
    await new Promise<void>((resolve) => spa.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = spa.address() as AddressInfo;
      expect(await isClassServerReachable(`http://127.0.0.1:${port}`)).toBe(false);
    } finally {
      spa.close();
    }
  });
});

describe('joinLink', () => {
  it('is the app address with only the code', () => {
    expect(joinLink('http://192.168.1.23:4173/?s=1.abc&step=3#x', 'ABCD2345')).toBe(
      'http://192.168.1.23:4173/?class=ABCD2345',
    );
  });
});
