/**
 * Who is connected, kept by the servers in the class document's `presence` map: one entry
 * per open connection, added when it is established and removed when it closes. Entries
 * left by a server that stopped (or crashed) are swept once that server stops sending
 * heartbeats, so the teacher's count stays true after a restart.
 */
import type { Document } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { presenceMap, readPresence, SERVER_ORIGIN } from '../src/class/classDoc.ts';
import type { PresenceEntry } from '../src/class/protocol.ts';
import type { ClassContext } from './auth.ts';

/** The entry of a connection held by server `serverId`. */
export function presenceEntry(context: ClassContext, serverId: string): PresenceEntry {
  return context.role === 'student' && context.student !== undefined
    ? { role: 'student', student: context.student, server: serverId }
    : { role: 'teacher', server: serverId };
}

export interface PresenceWriter {
  /** Records the connection `socketId` (soon, with the others that arrive meanwhile). */
  add(doc: Document, socketId: string, entry: PresenceEntry): void;
  /** Forgets the connection `socketId` (soon). */
  remove(doc: Document, socketId: string): void;
}

/**
 * Writes presence in batches: when a whole class joins at once, every change would otherwise
 * be one update sent to every connection (200 students: 40,000 messages). Changes within
 * `delayMs` go out as one update.
 */
export function createPresenceWriter(delayMs: number): PresenceWriter {
  const pending = new Map<Document, Map<string, PresenceEntry | null>>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    for (const [doc, changes] of pending) {
      // A document unloaded meanwhile has nobody left to tell.
      if (doc.isDestroyed) continue;
      doc.transact(() => {
        const map = presenceMap(doc);
        for (const [socketId, entry] of changes) {
          if (entry !== null) map.set(socketId, entry);
          else if (map.has(socketId)) map.delete(socketId);
        }
      }, SERVER_ORIGIN);
    }
    pending.clear();
  };
  const queue = (doc: Document, socketId: string, entry: PresenceEntry | null) => {
    const changes = pending.get(doc) ?? new Map<string, PresenceEntry | null>();
    changes.set(socketId, entry);
    pending.set(doc, changes);
    if (timer === null) {
      timer = setTimeout(flush, delayMs);
      timer.unref();
    }
  };
  return {
    add: (doc, socketId, entry) => queue(doc, socketId, entry),
    remove: (doc, socketId) => queue(doc, socketId, null),
  };
}

/**
 * Removes the entries of servers not in `live`, and this server's entries for connections
 * it no longer has. Returns how many were removed.
 */
export function sweepPresence(
  doc: Y.Doc,
  serverId: string,
  live: ReadonlySet<string>,
  openSockets: ReadonlySet<string>,
): number {
  const entries = readPresence(doc);
  const stale = [...entries]
    .filter(([socketId, entry]) =>
      entry.server === serverId ? !openSockets.has(socketId) : !live.has(entry.server),
    )
    .map(([socketId]) => socketId);
  // Malformed entries are stale too.
  presenceMap(doc).forEach((_, key) => {
    if (!entries.has(key)) stale.push(key);
  });
  if (stale.length > 0)
    doc.transact(() => stale.forEach((key) => presenceMap(doc).delete(key)), SERVER_ORIGIN);
  return stale.length;
}
