/**
 * Who is connected, kept by the servers in the class document's `presence` map: one entry
 * per open connection, added when it is established and removed when it closes. Entries
 * left by a server that stopped (or crashed) are swept once that server stops sending
 * heartbeats, so the teacher's count stays true after a restart.
 */
import type * as Y from 'yjs';
import { presenceMap, readPresence, SERVER_ORIGIN } from '../src/class/classDoc.ts';
import type { PresenceEntry } from '../src/class/protocol.ts';
import type { ClassContext } from './auth.ts';

/** Records the connection `socketId` (held by server `serverId`). */
export function addPresence(
  doc: Y.Doc,
  socketId: string,
  context: ClassContext,
  serverId: string,
): void {
  const entry: PresenceEntry =
    context.role === 'student' && context.student !== undefined
      ? { role: 'student', student: context.student, server: serverId }
      : { role: 'teacher', server: serverId };
  doc.transact(() => presenceMap(doc).set(socketId, entry), SERVER_ORIGIN);
}

/** Forgets the connection `socketId`. */
export function removePresence(doc: Y.Doc, socketId: string): void {
  if (presenceMap(doc).has(socketId))
    doc.transact(() => presenceMap(doc).delete(socketId), SERVER_ORIGIN);
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
