/**
 * Serves the built app (the `dist/` of `vite build`) and nothing outside it.
 * - Hashed files under `assets/` are cached for a year (their name changes with their
 *   content); everything else (index.html, the service worker, the manifest, icons) is
 *   revalidated on each load, with ETags, so a new version reaches everyone at once.
 * - A page address that is no file (`/`, `/some/path`) gets index.html: the app reads its
 *   state from the query string. A missing file with an extension is a 404.
 * - Text files are compressed (brotli or gzip) once and kept in memory: the whole class
 *   downloads the app at the same moment over one Wi-Fi.
 */
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types by file extension (an open set: anything else is served as bytes). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => void;

interface Compressed {
  readonly etag: string;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/** The file under `root` for a URL path, or null if the path leaves `root` or is malformed. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : null;
}

function fileAt(root: string, file: string): Stats | null {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return null;
    // A symbolic link must not lead out of the folder either.
    const real = realpathSync(file);
    return real.startsWith(`${root}${path.sep}`) ? stats : null;
  } catch {
    return null;
  }
}

/** A handler serving the files of `distDir`. */
export function createStaticHandler(distDir: string): StaticHandler {
  const root = realpathSync(path.resolve(distDir));
  const compressed = new Map<string, Compressed>();

  const compress = (file: string, etag: string): Compressed => {
    const kept = compressed.get(file);
    if (kept?.etag === etag) return kept;
    const data = readFileSync(file);
    const made = {
      etag,
      br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
      gzip: gzipSync(data, { level: 6 }),
    };
    compressed.set(file, made);
    return made;
  };

  return (request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = (request.url ?? '/').split('?')[0] ?? '/';
    const wanted = resolveInside(root, urlPath);
    if (wanted === null) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
      return;
    }
    let file = wanted;
    let stats = fileAt(root, file);
    if (stats === null && path.extname(file) === '') {
      file = path.join(root, 'index.html');
      stats = fileAt(root, file);
    }
    if (stats === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = path.extname(file);
    const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
    const hashed = path.relative(root, file).split(path.sep)[0] === 'assets';
    response.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
    response.setHeader('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304).end();
      return;
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (COMPRESSIBLE.has(ext)) response.setHeader('Vary', 'Accept-Encoding');
    if (COMPRESSIBLE.has(ext) && encoding !== null) {
      const body = compress(file, etag)[encoding];
      response.writeHead(200, { 'Content-Encoding': encoding, 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { 'Content-Length': stats.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}
