/**
 * The class server's HTTP API, under /class/api on the app's own origin:
 * - `POST /class/api/classes` creates a class and answers `{ code, secret }`. The secret
 *   stays in the teacher's browser; the server keeps only its hash. Rate-limited per IP.
 * - `GET /class/api/health` says that a class server is here (and which protocol it speaks).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CLASS_API_CLASSES,
  CLASS_API_HEALTH,
  CLASS_PROTOCOL_VERSION,
  CLASS_SERVICE,
  type ClassServerHealth,
  type CreatedClass,
} from '../src/class/protocol.ts';
import { clientIp } from './auth.ts';
import type { WindowLimiter } from './rateLimit.ts';
import { hashSecret, newTeacherSecret } from './secrets.ts';
import type { ClassStore } from './store/types.ts';

export interface ApiDeps {
  readonly store: ClassStore;
  readonly creations: WindowLimiter;
  readonly trustProxy: boolean;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

/** Answers a request under /class; returns a promise that never rejects. */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  deps: ApiDeps,
): Promise<void> {
  const urlPath = (request.url ?? '').split('?')[0];
  try {
    if (urlPath === CLASS_API_HEALTH) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return json(response, 405, { error: 'method' });
      const health: ClassServerHealth = {
        service: CLASS_SERVICE,
        protocol: CLASS_PROTOCOL_VERSION,
      };
      return json(response, 200, health);
    }
    if (urlPath === CLASS_API_CLASSES) {
      if (request.method !== 'POST') return json(response, 405, { error: 'method' });
      const ip = clientIp(request, deps.trustProxy);
      if (deps.creations.blocked(ip)) return json(response, 429, { error: 'rate-limited' });
      deps.creations.hit(ip);
      const secret = newTeacherSecret();
      const code = await deps.store.create(hashSecret(secret));
      const created: CreatedClass = { code, secret };
      return json(response, 201, created);
    }
    return json(response, 404, { error: 'not-found' });
  } catch (error) {
    console.error(
      `class server: ${request.method} ${urlPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (!response.headersSent) json(response, 503, { error: 'unavailable' });
    else response.destroy();
  }
}
