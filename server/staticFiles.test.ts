/**
 * The app's files as the class server serves them: caching by kind of file, the SPA
 * fallback for page addresses, compression, and nothing from outside the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from './staticFiles.ts';
import { startTestServer, type TestServer } from './testing/classFixture.ts';

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw GET (no URL normalisation by a client library: `..` is sent as typed). */
function get(
  url: string,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the built app', { timeout: 30_000 }, () => {
  let root: string;
  let running: TestServer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'class-static-'));
    const dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(
      path.join(dist, 'assets', 'index-abc123.js'),
      `console.log(${'1'.repeat(2000)});`,
    );
    writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(root, 'secret.txt'), 'outside');
    symlinkSync(path.join(root, 'secret.txt'), path.join(dist, 'link.txt'));
    running = await startTestServer({ distDir: dist });
  });
  afterAll(async () => {
    await running.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('caches hashed assets for a year and revalidates the rest', async () => {
    const asset = await get(running.url, '/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const worker = await get(running.url, '/sw.js');
    expect(worker.headers['cache-control']).toBe('no-cache');
    const again = await get(running.url, '/sw.js', {
      'If-None-Match': String(worker.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('answers a page address with index.html, and a missing file with 404', async () => {
    for (const page of ['/', '/?class=ABCD2345', '/lecture/backward']) {
      const reply = await get(running.url, page);
      expect([reply.status, reply.body.toString()]).toEqual([
        200,
        '<!doctype html><title>app</title>',
      ]);
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
    expect((await get(running.url, '/assets/missing.js')).status).toBe(404);
    expect((await get(running.url, '/index.html', {}, 'POST')).status).toBe(405);
  });

  it('compresses text for clients that accept it', async () => {
    const reply = await get(running.url, '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.body.length).toBeLessThan(200);
    expect(gunzipSync(reply.body).toString()).toBe(`console.log(${'1'.repeat(2000)});`);
  });

  it('never serves a file outside the folder', async () => {
    for (const raw of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/link.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const reply = await get(running.url, raw);
      expect(reply.body.toString()).not.toContain('outside');
      expect([400, 404]).toContain(reply.status);
    }
  });

  it('keeps the class API apart from the files', async () => {
    const health = await get(running.url, '/class/api/health');
    expect(JSON.parse(health.body.toString())).toEqual({
      service: 'backprop-circuit-class',
      protocol: 1,
    });
    expect((await get(running.url, '/class/api/classes')).status).toBe(405);
  });
});

describe('resolveInside', () => {
  it('maps URL paths into the folder and refuses the way out', () => {
    expect(resolveInside('/srv/dist', '/assets/a.js')).toBe('/srv/dist/assets/a.js');
    expect(resolveInside('/srv/dist', '/../../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveInside('/srv/dist', '/a\\..\\b')).toBeNull();
    expect(resolveInside('/srv/dist', '/%zz')).toBeNull();
  });
});
