/**
 * Class servers and clients for the tests and the benchmark: an in-process server on a
 * free loopback port, a server in its own process (as `npm start` runs it), and teachers
 * and students with the real client and the `ws` WebSocket.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import {
  joinClass,
  startClass,
  type ClassCredentials,
  type StudentClass,
  type TeacherClass,
} from '../../src/class/index.ts';
import {
  startClassServer,
  type ClassServerOptions,
  type RunningClassServer,
} from '../classServer.ts';
import { createMemoryStore } from '../store/memoryStore.ts';
import type { ClassStore } from '../store/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Fast reconnects, so tests of a restart need not wait for the default backoff. */
export const FAST = { WebSocket, delayMs: 100, maxDelayMs: 400 } as const;

export interface TestServer {
  readonly server: RunningClassServer;
  readonly store: ClassStore;
  readonly url: string;
  close(): Promise<void>;
}

/** An in-process class server on a free port (or `port`), with a memory store by default. */
export async function startTestServer(
  options: Partial<ClassServerOptions> & {
    readonly emptyTimeoutMs?: number;
    readonly dir?: string;
  } = {},
): Promise<TestServer> {
  const store =
    options.store ??
    createMemoryStore({
      emptyTimeoutMs: options.emptyTimeoutMs ?? 3_600_000,
      serverTimeoutMs: 10_000,
      ...(options.dir ? { dir: options.dir } : {}),
    });
  const server = await startClassServer({ port: 0, host: '127.0.0.1', ...options, store });
  return {
    server,
    store,
    url: server.url,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

/** A server in its own Node process, started like `npm start` does. */
export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts `server/main.ts` in a child process on a free port, with `env` added. */
export function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DIST_DIR: path.join(ROOT, 'server/testing/no-app'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`class server did not start: ${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /class server listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      resolve({
        url,
        pid: child.pid,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`class server exited (${String(code)}): ${output.slice(-1000)}`));
    });
  });
}

export async function teacherAt(url: string, resume?: ClassCredentials): Promise<TeacherClass> {
  return startClass(url, { ...FAST, ...(resume ? { resume } : {}) });
}

export function studentAt(url: string, code: string, studentId?: string): StudentClass {
  return joinClass(url, code, { ...FAST, ...(studentId ? { studentId } : {}) });
}

/** The latest value a subscription has delivered. */
export function latest<T>(
  subscribe: (listener: (value: T) => void) => () => void,
): () => T | undefined {
  let value: T | undefined;
  subscribe((next) => (value = next));
  return () => value;
}
