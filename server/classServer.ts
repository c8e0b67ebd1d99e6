/**
 * One Node process that serves the built app and the live class on the same origin and
 * port: the class websocket at /class (Hocuspocus, one Yjs document per class), the class
 * API under /class/api, and the app's files everywhere else.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis as RedisSync } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisClient } from 'ioredis';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { isEnded } from '../src/class/classDoc.ts';
import { parseDocumentName } from '../src/class/credentials.ts';
import { CLASS_PATH } from '../src/class/protocol.ts';
import { handleApi } from './api.ts';
import { createClassExtension, type ClassTiming } from './classExtension.ts';
import {
  DEFAULT_GUARD_LIMITS,
  guardSocket,
  type GuardLimits,
  type GuardRegistry,
} from './frameGuard.ts';
import { createWindowLimiter, type WindowOptions } from './rateLimit.ts';
import { createStaticHandler } from './staticFiles.ts';
import type { ClassStore } from './store/types.ts';

export interface ClassServerOptions {
  readonly port: number;
  readonly host: string;
  /** The built app; without it only the class API and websocket are served. */
  readonly distDir?: string;
  readonly store: ClassStore;
  /** With it, classes are shared with the other servers on this Redis. */
  readonly redisUrl?: string;
  /** Trust X-Forwarded-For (only behind a load balancer that sets it). */
  readonly trustProxy?: boolean;
  readonly timing?: Partial<ClassTiming>;
  /** Failed joins per IP address (default 10 a minute). */
  readonly failedJoins?: Omit<WindowOptions, 'now'>;
  /** Classes created per IP address (default 30 an hour). */
  readonly creations?: Omit<WindowOptions, 'now'>;
  readonly guard?: GuardLimits;
  /** The largest websocket frame anyone may send, in bytes (default 1 MiB). */
  readonly maxPayload?: number;
}

export interface RunningClassServer {
  /** `http://host:port` as bound (a wildcard host reads as 127.0.0.1). */
  readonly url: string;
  readonly port: number;
  readonly serverId: string;
  readonly hocuspocus: Hocuspocus;
  /** Saves every class, closes every connection, and stops. */
  close(): Promise<void>;
}

export const DEFAULT_TIMING: ClassTiming = {
  activityMs: 60_000,
  heartbeatMs: 5_000,
  tickMs: 10_000,
  presenceMs: 100,
};

const waitUntil = async (done: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
};

/** Starts a class server and resolves once it listens. */
export async function startClassServer(options: ClassServerOptions): Promise<RunningClassServer> {
  const serverId = randomUUID();
  const trustProxy = options.trustProxy ?? false;
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const guards: GuardRegistry = new WeakMap();
  const failedJoins = createWindowLimiter(options.failedJoins ?? { limit: 10, windowMs: 60_000 });
  const creations = createWindowLimiter(options.creations ?? { limit: 30, windowMs: 3_600_000 });
  const classes = createClassExtension({
    store: options.store,
    serverId,
    timing,
    guards,
    failedJoins,
    trustProxy,
  });
  const extensions: Extension[] = [classes];
  if (options.redisUrl !== undefined) {
    const url = options.redisUrl;
    extensions.push(
      new RedisSync({
        identifier: serverId,
        prefix: 'bc:sync',
        createClient: () => new RedisClient(url),
      }),
    );
  }
  const hocuspocus = new Hocuspocus({ name: serverId, quiet: true, extensions });
  const serveApp = options.distDir === undefined ? null : createStaticHandler(options.distDir);

  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    const urlPath = (request.url ?? '').split('?')[0] ?? '';
    if (urlPath === CLASS_PATH || urlPath.startsWith(`${CLASS_PATH}/`)) {
      void handleApi(request, response, { store: options.store, creations, trustProxy });
    } else if (serveApp !== null) {
      serveApp(request, response);
    } else {
      response
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('No app built here');
    }
  });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? 1024 * 1024,
  });
  http.on('upgrade', (request, socket, head) => {
    if ((request.url ?? '').split('?')[0] !== CLASS_PATH) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      // Without a listener, a bad frame (too big, not websocket) would end the process.
      ws.on('error', () => ws.terminate());
      guards.set(request, guardSocket(ws, options.guard ?? DEFAULT_GUARD_LIMITS));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port, address } = http.address() as AddressInfo;
  const shown =
    address === '::' || address === '0.0.0.0'
      ? '127.0.0.1'
      : address.includes(':')
        ? `[${address}]`
        : address;

  return {
    url: `http://${shown}:${port}`,
    port,
    serverId,
    hocuspocus,
    async close() {
      http.close();
      // Save every class as it is now, then stop: a restarted server carries on from here.
      for (const document of hocuspocus.documents.values()) {
        const name = parseDocumentName(document.name);
        if (name !== null && !isEnded(document))
          await options.store
            .saveDocument(name.code, name.kind, Y.encodeStateAsUpdate(document))
            .catch(() => undefined);
      }
      await classes.stop();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      http.closeAllConnections();
      // Let Hocuspocus unload the documents (the Redis extension delays that a little).
      await waitUntil(() => hocuspocus.getDocumentsCount() === 0, 5_000);
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
