/**
 * The class server's settings, from the environment:
 * - `PORT` (default 4173) and `HOST` (default all interfaces) choose where it listens;
 * - `REDIS_URL` shares classes with other server processes through that Redis;
 * - `CLASS_DATA_DIR` is where a single process keeps its classes across restarts (default:
 *   a folder in the system's temporary directory);
 * - `DIST_DIR` is the built app (default `dist`);
 * - `TRUST_PROXY=1` reads client addresses from X-Forwarded-For (behind a load balancer);
 * - `CLASS_EMPTY_TIMEOUT_MS` is how long a class lives with nobody connected (default 2 h).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TWO_HOURS_MS } from './store/types.ts';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly distDir: string;
  readonly dataDir: string;
  readonly redisUrl?: string;
  readonly trustProxy: boolean;
  readonly emptyTimeoutMs: number;
}

/** Reads the settings, or throws an Error naming the variable that is wrong. */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`${name}=${text}: expected a whole number from ${min} to ${max}`);
    return value;
  };
  const redisUrl = env.REDIS_URL;
  if (redisUrl !== undefined && redisUrl !== '' && !/^rediss?:\/\//.test(redisUrl))
    throw new Error(`REDIS_URL=${redisUrl}: expected redis://host:port`);
  return {
    port: number('PORT', 4173, 0, 65535),
    host: env.HOST || '0.0.0.0',
    distDir: path.resolve(env.DIST_DIR || 'dist'),
    dataDir: path.resolve(env.CLASS_DATA_DIR || path.join(tmpdir(), 'backprop-circuit-classes')),
    ...(redisUrl ? { redisUrl } : {}),
    trustProxy: env.TRUST_PROXY === '1',
    emptyTimeoutMs: number('CLASS_EMPTY_TIMEOUT_MS', TWO_HOURS_MS, 1_000, 7 * 24 * TWO_HOURS_MS),
  };
}
