import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The real class server (server/main.ts, as `npm start` runs it) serving the built app and
 * the class websocket on one loopback port, for the live class e2e. `E2E_CLASS_PORT` fixes
 * the port; otherwise a free one is chosen at run time.
 */
export interface ClassServer {
  readonly url: string;
  /** Stops the process, keeping its classes on disk (for a restart). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same classes. */
  restart(): Promise<void>;
  /** Stops it and removes its classes. */
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number, dataDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DIST_DIR: path.resolve('dist'),
        CLASS_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`class server did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('class server listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`class server exited (${code}):\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess | null): Promise<void> {
  if (child === null || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts a class server for one test file. */
export async function startClassServer(): Promise<ClassServer> {
  const fixed = Number(process.env.E2E_CLASS_PORT);
  const port = Number.isInteger(fixed) && fixed > 0 ? fixed : await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'class-e2e-'));
  let child: ChildProcess | null = await launch(port, dataDir);
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await stopProcess(child);
      child = null;
    },
    async restart() {
      await stopProcess(child);
      child = await launch(port, dataDir);
    },
    async dispose() {
      await stopProcess(child);
      child = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
