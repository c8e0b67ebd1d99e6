/**
 * The store of a single class server process: classes in memory, and, when given a folder,
 * also one small JSON file per class there, so that a restarted server still knows its
 * classes and their last state. (Several processes share classes through Redis instead.)
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClassDocKind } from '../../src/class/credentials.ts';
import { newJoinCode } from '../secrets.ts';
import type { ClassRecord, ClassStore, StoreOptions } from './types.ts';

interface Kept {
  readonly record: ClassRecord;
  lastActive: number;
  /** The documents' states, base64 (as they are written to the file). */
  docs: Partial<Record<ClassDocKind, string>>;
}

const FILE = /^([0-9A-Z]{8})\.json$/;

function readKept(text: string): Kept | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { secretHash, createdAt, lastActive, docs } = value as Record<string, unknown>;
    if (typeof secretHash !== 'string' || typeof createdAt !== 'number') return undefined;
    if (typeof lastActive !== 'number') return undefined;
    const saved: Partial<Record<ClassDocKind, string>> = {};
    if (typeof docs === 'object' && docs !== null)
      for (const kind of ['class', 'teacher'] as const) {
        const state = (docs as Record<string, unknown>)[kind];
        if (typeof state === 'string') saved[kind] = state;
      }
    return { record: { secretHash, createdAt }, lastActive, docs: saved };
  } catch {
    return undefined;
  }
}

/**
 * A store in this process's memory, persisted to `dir` when one is given (written with a
 * rename, so a crash never leaves half a file).
 */
export function createMemoryStore(options: StoreOptions & { readonly dir?: string }): ClassStore {
  const { emptyTimeoutMs, serverTimeoutMs, dir, now = Date.now } = options;
  const classes = new Map<string, Kept>();
  const servers = new Map<string, number>();

  const fileOf = (code: string) => path.join(dir ?? '', `${code}.json`);
  const persist = (code: string, kept: Kept) => {
    if (dir === undefined) return;
    const file = fileOf(code);
    const text = JSON.stringify({ ...kept.record, lastActive: kept.lastActive, docs: kept.docs });
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  };
  const forget = (code: string) => {
    classes.delete(code);
    if (dir !== undefined) rmSync(fileOf(code), { force: true });
  };
  const live = (code: string): Kept | undefined => {
    const kept = classes.get(code);
    if (kept !== undefined && now() - kept.lastActive > emptyTimeoutMs) {
      forget(code);
      return undefined;
    }
    return kept;
  };

  if (dir !== undefined) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const code = FILE.exec(name)?.[1];
      const kept =
        code === undefined ? undefined : readKept(readFileSync(path.join(dir, name), 'utf8'));
      if (code !== undefined && kept !== undefined) classes.set(code, kept);
    }
  }

  return {
    async create(secretHash) {
      let code = newJoinCode();
      while (live(code) !== undefined) code = newJoinCode();
      const kept: Kept = { record: { secretHash, createdAt: now() }, lastActive: now(), docs: {} };
      classes.set(code, kept);
      persist(code, kept);
      return code;
    },
    async get(code) {
      return live(code)?.record;
    },
    async touch(code) {
      const kept = live(code);
      if (kept === undefined) return;
      kept.lastActive = now();
      persist(code, kept);
    },
    async end(code) {
      forget(code);
    },
    async saveDocument(code, kind, state) {
      const kept = live(code);
      if (kept === undefined) return;
      kept.docs[kind] = Buffer.from(state).toString('base64');
      persist(code, kept);
    },
    async loadDocument(code, kind) {
      const doc = live(code)?.docs[kind];
      return doc === undefined ? undefined : new Uint8Array(Buffer.from(doc, 'base64'));
    },
    async heartbeat(serverId) {
      servers.set(serverId, now());
    },
    async liveServers() {
      const since = now() - serverTimeoutMs;
      return new Set([...servers].filter(([, at]) => at > since).map(([id]) => id));
    },
    async prune() {
      for (const code of [...classes.keys()]) live(code);
    },
    async close() {
      classes.clear();
    },
  };
}
