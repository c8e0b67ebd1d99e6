/**
 * The store shared by several class server processes through Redis, so that a class
 * created on one can be joined on any other. The empty timeout is Redis's own key expiry:
 * each server touches the classes it has connections to, and an untouched class expires.
 *
 * Keys (under `prefix`): `class:CODE` (the record, JSON), `doc:KIND:CODE` (the state of
 * the class or the teacher's document), `servers` (a sorted set of server ids by their last heartbeat).
 */
import { Redis as RedisClient } from 'ioredis';
import type { ClassDocKind } from '../../src/class/credentials.ts';
import { newJoinCode } from '../secrets.ts';
import type { ClassRecord, ClassStore, StoreOptions } from './types.ts';

/** Saves the document only while its class exists, so an ended class stays ended. */
const SAVE_IF_CLASS_EXISTS = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

function readRecord(text: string | null): ClassRecord | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { secretHash, createdAt } = value as Record<string, unknown>;
    return typeof secretHash === 'string' && typeof createdAt === 'number'
      ? { secretHash, createdAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A store in the Redis at `url` (for example `redis://127.0.0.1:6379`). */
export function createRedisStore(
  options: StoreOptions & { readonly url: string; readonly prefix?: string },
): ClassStore {
  const { emptyTimeoutMs, serverTimeoutMs, url, prefix = 'bc', now = Date.now } = options;
  const redis = new RedisClient(url, { maxRetriesPerRequest: 3 });
  // Errors are retried by ioredis; an unhandled 'error' event would end the process.
  redis.on('error', (error: Error) => console.error(`class store: redis: ${error.message}`));
  const classKey = (code: string) => `${prefix}:class:${code}`;
  const docKey = (code: string, kind: ClassDocKind) => `${prefix}:doc:${kind}:${code}`;
  const serversKey = `${prefix}:servers`;
  const ttl = String(emptyTimeoutMs);

  return {
    async create(secretHash) {
      const record = JSON.stringify({ secretHash, createdAt: now() });
      for (;;) {
        const code = newJoinCode();
        if ((await redis.set(classKey(code), record, 'PX', emptyTimeoutMs, 'NX')) === 'OK')
          return code;
      }
    },
    async get(code) {
      return readRecord(await redis.get(classKey(code)));
    },
    async touch(code) {
      await redis
        .multi()
        .pexpire(classKey(code), ttl)
        .pexpire(docKey(code, 'class'), ttl)
        .pexpire(docKey(code, 'teacher'), ttl)
        .exec();
    },
    async end(code) {
      await redis.del(classKey(code), docKey(code, 'class'), docKey(code, 'teacher'));
    },
    async saveDocument(code, kind, state) {
      await redis.eval(
        SAVE_IF_CLASS_EXISTS,
        2,
        classKey(code),
        docKey(code, kind),
        Buffer.from(state),
        ttl,
      );
    },
    async loadDocument(code, kind) {
      const state = await redis.getBuffer(docKey(code, kind));
      return state === null ? undefined : new Uint8Array(state);
    },
    async heartbeat(serverId) {
      await redis
        .multi()
        .zadd(serversKey, now(), serverId)
        .zremrangebyscore(serversKey, '-inf', now() - serverTimeoutMs)
        .exec();
    },
    async liveServers() {
      return new Set(await redis.zrangebyscore(serversKey, now() - serverTimeoutMs, '+inf'));
    },
    async prune() {
      // Redis expires classes by itself.
    },
    async close() {
      await redis.quit();
    },
  };
}
