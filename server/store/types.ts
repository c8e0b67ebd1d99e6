/**
 * Where the class server keeps its classes: the join code with the hash of the teacher's
 * secret, and the last saved state of each class's two documents, so that a restarted server (or
 * another server process) can serve the class. Nothing personal is kept.
 *
 * A class ends when the teacher ends it ({@link ClassStore.end}) or when nobody has been
 * connected to it for the empty timeout: servers {@link ClassStore.touch} every class that has
 * a connection, and a class not touched for that long is gone.
 */

import type { ClassDocKind } from '../../src/class/credentials.ts';

/** What a server knows of a class. */
export interface ClassRecord {
  /** SHA-256 of the teacher's secret, hex. */
  readonly secretHash: string;
  readonly createdAt: number;
}

export interface ClassStore {
  /** Stores a new class under a fresh random join code and returns the code. */
  create(secretHash: string): Promise<string>;
  /** The class with this code, or undefined if there is none (or it has ended). */
  get(code: string): Promise<ClassRecord | undefined>;
  /** Someone is connected to the class: restart its empty timeout. */
  touch(code: string): Promise<void>;
  /** Ends the class: its code and its document are forgotten. */
  end(code: string): Promise<void>;
  /** Saves the state (a Yjs update) of one of the class's documents; ignored once it has ended. */
  saveDocument(code: string, kind: ClassDocKind, state: Uint8Array): Promise<void>;
  /** The last saved state of one of the class's documents. */
  loadDocument(code: string, kind: ClassDocKind): Promise<Uint8Array | undefined>;
  /** Says that the server process `serverId` is alive. */
  heartbeat(serverId: string): Promise<void>;
  /** The server processes that sent a heartbeat recently. */
  liveServers(): Promise<ReadonlySet<string>>;
  /** Forgets classes whose empty timeout has run out (the Redis store lets keys expire). */
  prune(): Promise<void>;
  close(): Promise<void>;
}

/** Settings shared by the stores. */
export interface StoreOptions {
  /** How long a class lives with nobody connected (default 2 hours). */
  readonly emptyTimeoutMs: number;
  /** How long a server counts as alive after its last heartbeat. */
  readonly serverTimeoutMs: number;
  readonly now?: () => number;
}

export const TWO_HOURS_MS = 2 * 60 * 60 * 1000;
