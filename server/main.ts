/**
 * `npm start` (after the build) and `npm run serve`: the class server, configured from the
 * environment (see config.ts). Prints the addresses to open, and stops cleanly on Ctrl+C.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addressesToOpen } from './addresses.ts';
import { startClassServer } from './classServer.ts';
import { readConfig } from './config.ts';
import { createMemoryStore } from './store/memoryStore.ts';
import { createRedisStore } from './store/redisStore.ts';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const timing = { activityMs: Math.min(60_000, Math.floor(config.emptyTimeoutMs / 4)) };
  const storeOptions = { emptyTimeoutMs: config.emptyTimeoutMs, serverTimeoutMs: 20_000 };
  const store =
    config.redisUrl !== undefined
      ? createRedisStore({ ...storeOptions, url: config.redisUrl })
      : createMemoryStore({ ...storeOptions, dir: config.dataDir });
  const hasApp = existsSync(path.join(config.distDir, 'index.html'));
  const server = await startClassServer({
    port: config.port,
    host: config.host,
    store,
    timing,
    trustProxy: config.trustProxy,
    ...(hasApp ? { distDir: config.distDir } : {}),
    ...(config.redisUrl !== undefined ? { redisUrl: config.redisUrl } : {}),
  });
  const { local, network } = addressesToOpen(config.host, server.port);
  console.log(`Backprop Circuit and its live class server are running.`);
  console.log(`  Local:   ${local}`);
  for (const url of network)
    console.log(`  Network: ${url}  (for phones and laptops on this Wi-Fi)`);
  if (!hasApp) console.log(`  No built app in ${config.distDir}: run \`npm run build\` first.`);
  console.log(
    config.redisUrl !== undefined
      ? `  Classes are shared through Redis at ${config.redisUrl}.`
      : `  Classes are kept in ${config.dataDir}.`,
  );
  // A line for scripts and tests that start the server on a free port (PORT=0).
  console.log(`class server listening on ${server.url}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  // A lecture must not stop for one failed promise (a Redis hiccup, say): log it, go on.
  process.on('unhandledRejection', (reason) =>
    console.error(`class server: ${reason instanceof Error ? reason.message : String(reason)}`),
  );
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`class server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
