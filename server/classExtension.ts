/**
 * The live class as a Hocuspocus extension: our own hooks for roles, presence, answers and
 * the class's lifetime, beside the kept Redis extension for scaling out. Hocuspocus does the
 * rest (Yjs sync, read-only connections, reconnects).
 */
import type { Connection, Document, Extension, Hocuspocus } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { isEnded, SERVER_ORIGIN } from '../src/class/classDoc.ts';
import type { ServerMessage } from '../src/class/protocol.ts';
import { takeAnswer } from './answers.ts';
import { authenticate, readContext, type AuthDeps } from './auth.ts';
import { CLOSE } from './frameGuard.ts';
import { createPresenceWriter, presenceEntry, sweepPresence } from './presence.ts';
import { createTokenBucket, type TokenBucket } from './rateLimit.ts';

/** How often the server does its periodic work, in milliseconds. */
export interface ClassTiming {
  /** Touch the classes that have connections (well under the empty timeout). */
  readonly activityMs: number;
  /** Tell the store this server is alive, and sweep stale presence. */
  readonly heartbeatMs: number;
  /** Send each connection a tick, so that a client sees a dead link and reconnects. */
  readonly tickMs: number;
  /** Batch presence changes over this long (a whole class joining at once). */
  readonly presenceMs: number;
}

export interface ClassExtensionOptions extends AuthDeps {
  readonly serverId: string;
  readonly timing: ClassTiming;
}

export interface ClassExtension extends Extension {
  /** Stops the periodic work and the store writes (the server is shutting down). */
  stop(): void;
}

/** Message types no client of a class may send: awareness and broadcasts to everyone. */
const FORBIDDEN_TYPES = new Set([1, 6]);
/** The class-ended close code, after the teacher has ended the class. */
const CLASS_ENDED = 4410;

const TICK = JSON.stringify({ t: 'tick' } satisfies ServerMessage);

function messageType(update: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(update);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    return null;
  }
}

/**
 * The extension; `stop()` it before closing the Hocuspocus instance. Its hooks never
 * reject where Hocuspocus does not await them (a store error is logged, the class goes on);
 * only loading a document fails the connection that asked for it.
 */
export function createClassExtension(options: ClassExtensionOptions): ClassExtension {
  const { store, serverId, timing } = options;
  let instance: Hocuspocus | null = null;
  let stopped = false;
  const ending = new Set<string>();
  const studentBuckets = new Map<string, TokenBucket>();
  const ipBuckets = new Map<string, TokenBucket>();
  const timers: NodeJS.Timeout[] = [];
  const presence = createPresenceWriter(timing.presenceMs);
  const report = (what: string) => (error: unknown) =>
    console.error(
      `class server: ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );

  const openSockets = (document: Document) =>
    new Set(document.getConnections().map((c) => c.socketId));
  const every = (ms: number, work: () => void) => {
    const timer = setInterval(work, ms);
    timer.unref();
    timers.push(timer);
  };
  const sweep = async (document: Document) => {
    const live = await store.liveServers();
    if (!stopped && !document.isDestroyed)
      sweepPresence(document, serverId, live, openSockets(document));
  };
  const bucket = (
    map: Map<string, TokenBucket>,
    key: string,
    capacity: number,
    perSecond: number,
  ) => {
    const existing = map.get(key) ?? createTokenBucket({ capacity, perSecond });
    map.set(key, existing);
    return existing;
  };
  const reply = (connection: Connection, message: ServerMessage) =>
    connection.sendStateless(JSON.stringify(message));

  const stop = () => {
    stopped = true;
    timers.forEach(clearInterval);
  };
  const start = () => {
    void store.heartbeat(serverId).catch(report('heartbeat'));
    every(timing.heartbeatMs, () => {
      void store.heartbeat(serverId).catch(report('heartbeat'));
      for (const document of instance?.documents.values() ?? [])
        void sweep(document).catch(report('presence'));
    });
    every(timing.activityMs, () => {
      options.failedJoins.prune();
      ipBuckets.clear();
      void store.prune().catch(report('prune'));
      for (const document of instance?.documents.values() ?? [])
        if (document.getConnectionsCount() > 0)
          void store.touch(document.name).catch(report('touch'));
    });
    every(timing.tickMs, () => {
      for (const document of instance?.documents.values() ?? [])
        for (const connection of document.getConnections()) connection.sendStateless(TICK);
    });
  };

  return {
    extensionName: 'class',
    stop,
    async onConfigure(payload) {
      instance = payload.instance;
      start();
    },
    async onAuthenticate(payload) {
      return authenticate(payload, options);
    },
    async connected({ connection, socketId, context }) {
      const who = readContext(context);
      if (who === null) return;
      // One class per socket: when Hocuspocus drops this document's connection (after a
      // message it could not apply, say), the socket goes too, so the client reconnects.
      connection.onClose(() => {
        if (connection.webSocket.readyState === connection.webSocket.OPEN)
          connection.webSocket.close(CLOSE.malformed, 'connection closed');
      });
      presence.add(connection.document, socketId, presenceEntry(who, serverId));
      await store.touch(connection.document.name).catch(report('touch'));
    },
    async onDisconnect({ document, socketId }) {
      if (stopped || document.isDestroyed) return;
      presence.remove(document, socketId);
      await store.touch(document.name).catch(report('touch'));
    },
    beforeHandleMessage({ connection, update }) {
      const type = messageType(update);
      if (type !== null && !FORBIDDEN_TYPES.has(type)) return Promise.resolve();
      connection.webSocket.close(CLOSE.forbidden, 'message type not allowed');
      // A promise that never settles: the message is never applied, and (unlike a
      // rejection) nothing is logged, so a client cannot flood the server's log.
      return new Promise<void>(() => undefined);
    },
    async onStateless({ connection, document, payload }) {
      // Never throws: Hocuspocus does not await this hook.
      const who = readContext(connection.context);
      if (who?.role !== 'student' || who.student === undefined) return;
      const mine = bucket(studentBuckets, `${document.name}:${who.student}`, 5, 0.2);
      const address = bucket(ipBuckets, who.ip, 400, 40);
      if (!mine.take() || !address.take()) {
        reply(connection, { t: 'ack', prompt: '', result: 'rate-limited' });
        return;
      }
      const outcome = takeAnswer(document, who.student, payload);
      reply(connection, { t: 'ack', prompt: outcome.prompt, result: outcome.result });
    },
    async onLoadDocument({ document, documentName }) {
      const state = await store.loadDocument(documentName);
      if (state !== undefined) Y.applyUpdate(document, state, SERVER_ORIGIN);
    },
    async afterLoadDocument({ document }) {
      await sweep(document).catch(report('presence'));
    },
    async onStoreDocument({ document, documentName }) {
      if (stopped || isEnded(document)) return;
      await store.saveDocument(documentName, Y.encodeStateAsUpdate(document)).catch(report('save'));
    },
    async onChange({ document, documentName }) {
      if (!isEnded(document) || ending.has(documentName)) return;
      ending.add(documentName);
      await store.end(documentName).catch(report('end'));
      // After the update that ended the class has gone out to every connection.
      setImmediate(() => {
        for (const connection of document.getConnections())
          connection.webSocket.close(CLASS_ENDED, 'class-ended');
      });
    },
    async afterUnloadDocument({ documentName }) {
      ending.delete(documentName);
      for (const key of [...studentBuckets.keys()])
        if (key.startsWith(`${documentName}:`)) studentBuckets.delete(key);
    },
    async onDestroy() {
      stop();
    },
  };
}
