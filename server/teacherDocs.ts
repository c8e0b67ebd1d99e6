/**
 * The teacher's documents (answers and presence) as this server holds them. A server with
 * students of a class must write into that class's teacher document even when the teacher
 * is connected to another server: it holds the document open with a Hocuspocus direct
 * connection (kept in sync with the other servers by the Redis extension) for as long as
 * the class document is loaded here.
 */
import type { Document, Hocuspocus } from '@hocuspocus/server';
import { documentName } from '../src/class/credentials.ts';

type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

export interface TeacherDocs {
  /** The teacher's document of the class `code`, opened and held here if need be. */
  get(code: string): Promise<Document>;
  /** Lets go of it (the class document was unloaded here). */
  release(code: string): Promise<void>;
  releaseAll(): Promise<void>;
}

/** Holds teacher documents of `instance()` (known once Hocuspocus is configured). */
export function createTeacherDocs(instance: () => Hocuspocus | null): TeacherDocs {
  const held = new Map<string, Promise<DirectConnection>>();
  const release = async (code: string) => {
    const hold = held.get(code);
    held.delete(code);
    if (hold !== undefined) await (await hold).disconnect();
  };
  return {
    async get(code) {
      const hocuspocus = instance();
      if (hocuspocus === null) throw new Error('class server not configured');
      let hold = held.get(code);
      if (hold === undefined) {
        hold = hocuspocus.openDirectConnection(documentName(code, 'teacher'), { role: 'server' });
        held.set(code, hold);
        // A failed load is not kept: the next answer tries again.
        hold.catch(() => held.delete(code));
      }
      const { document } = await hold;
      if (document === null) throw new Error('teacher document closed');
      return document;
    },
    release,
    async releaseAll() {
      await Promise.all([...held.keys()].map(release));
    },
  };
}
