/**
 * The live class as a Hocuspocus extension: our own hooks for roles, presence, answers and
 * the class's lifetime, beside the kept Redis extension for scaling out. Hocuspocus does the
 * rest (Yjs sync, read-only connections, reconnects).
 */
import type { Connection, Document, Extension, Hocuspocus } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { isEnded, SERVER_ORIGIN } from '../src/class/classDoc.ts';
import { documentName as nameOf, parseDocumentName } from '../src/class/credentials.ts';
import type { ServerMessage } from '../src/class/protocol.ts';
import { takeAnswer } from './answers.ts';
import { authenticate, readContext, type AuthDeps } from './auth.ts';
import { CLOSE } from './frameGuard.ts';
import { createPresenceWriter, presenceEntry, sweepPresence } from './presence.ts';
import { createTokenBucket, type TokenBucket } from './rateLimit.ts';
import { createTeacherDocs } from './teacherDocs.ts';

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
  /** Stops the periodic work and the store writes, and lets go of the teacher documents. */
  stop(): Promise<void>;
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
  const teacherDocs = createTeacherDocs(() => instance);
  /** The class document of `code` loaded here, if it is. */
  const classDocOf = (code: string) => instance?.documents.get(nameOf(code, 'class'));
  const report = (what: string) => (error: unknown) =>
    console.error(
      `class server: ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );

  /** This server's connections to the class, which its presence entries stand for. */
  const openSockets = (code: string) =>
    new Set((classDocOf(code)?.getConnections() ?? []).map((c) => c.socketId));
  const every = (ms: number, work: () => void) => {
    const timer = setInterval(work, ms);
    timer.unref();
    timers.push(timer);
  };
  const sweep = async (document: Document) => {
    const name = parseDocumentName(document.name);
    if (name?.kind !== 'teacher') return;
    const live = await store.liveServers();
    if (!stopped && !document.isDestroyed)
      sweepPresence(document, serverId, live, openSockets(name.code));
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

  const stop = async () => {
    stopped = true;
    timers.forEach(clearInterval);
    await teacherDocs.releaseAll();
  };
  /** Closes every connection to the class `code` (both documents) once it has ended. */
  const closeClass = (code: string) => {
    for (const kind of ['class', 'teacher'] as const)
      for (const connection of instance?.documents.get(nameOf(code, kind))?.getConnections() ?? [])
        connection.webSocket.close(CLASS_ENDED, 'class-ended');
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
      for (const document of instance?.documents.values() ?? []) {
        const name = parseDocumentName(document.name);
        if (name !== null && document.getConnections().length > 0)
          void store.touch(name.code).catch(report('touch'));
      }
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
    async connected({ connection, socketId, context, documentName }) {
      const who = readContext(context);
      const name = parseDocumentName(documentName);
      if (who === null || name === null) return;
      // One class per socket: when Hocuspocus drops this document's connection (after a
      // message it could not apply, say), the socket goes too, so the client reconnects.
      connection.onClose(() => {
        if (connection.webSocket.readyState === connection.webSocket.OPEN)
          connection.webSocket.close(CLOSE.malformed, 'connection closed');
      });
      await store.touch(name.code).catch(report('touch'));
      if (name.kind !== 'class') return;
      const teacherDoc = await teacherDocs.get(name.code).catch(report('teacher document'));
      if (teacherDoc) presence.add(teacherDoc, socketId, presenceEntry(who, serverId));
    },
    async onDisconnect({ documentName, socketId }) {
      const name = parseDocumentName(documentName);
      if (stopped || name === null) return;
      await store.touch(name.code).catch(report('touch'));
      if (name.kind !== 'class') return;
      const teacherDoc = await teacherDocs.get(name.code).catch(report('teacher document'));
      if (teacherDoc) presence.remove(teacherDoc, socketId);
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
      const name = parseDocumentName(document.name);
      const teacherDoc =
        name?.kind === 'class'
          ? await teacherDocs.get(name.code).catch(report('teacher document'))
          : undefined;
      const outcome = teacherDoc
        ? takeAnswer(document, teacherDoc, who.student, payload)
        : { result: 'closed' as const, prompt: '' };
      reply(connection, { t: 'ack', prompt: outcome.prompt, result: outcome.result });
    },
    async onLoadDocument({ document, documentName }) {
      const name = parseDocumentName(documentName);
      if (name === null) return;
      const state = await store.loadDocument(name.code, name.kind);
      if (state !== undefined) Y.applyUpdate(document, state, SERVER_ORIGIN);
    },
    async afterLoadDocument({ document }) {
      await sweep(document).catch(report('presence'));
    },
    async onStoreDocument({ document, documentName }) {
      const name = parseDocumentName(documentName);
      if (stopped || name === null || ending.has(name.code)) return;
      await store
        .saveDocument(name.code, name.kind, Y.encodeStateAsUpdate(document))
        .catch(report('save'));
    },
    async onChange({ document, documentName }) {
      const name = parseDocumentName(documentName);
      if (name?.kind !== 'class' || !isEnded(document) || ending.has(name.code)) return;
      ending.add(name.code);
      await store.end(name.code).catch(report('end'));
      // After the update that ended the class has gone out to every connection.
      setImmediate(() => closeClass(name.code));
      await teacherDocs.release(name.code).catch(report('teacher document'));
    },
    async afterUnloadDocument({ documentName }) {
      const name = parseDocumentName(documentName);
      if (name?.kind !== 'class') return;
      // Nobody here is in the class any more: let go of its teacher document.
      if (!stopped) await teacherDocs.release(name.code).catch(report('teacher document'));
      ending.delete(name.code);
      for (const key of [...studentBuckets.keys()])
        if (key.startsWith(`${documentName}:`)) studentBuckets.delete(key);
    },
    async onDestroy() {
      await stop();
    },
  };
}
