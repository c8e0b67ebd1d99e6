/**
 * Where the class server of a page is, and whether there is one. The class server serves
 * the app itself (`npm start`), so it lives on the page's own origin; the single-file build
 * (opened from disk) and static hosts have none, and the class features then say so.
 * Imports nothing heavy: the app can ask before loading the class client.
 */
import { CLASS_API_HEALTH, CLASS_PATH, CLASS_PROTOCOL_VERSION, CLASS_SERVICE } from './protocol';

/** The class server for a page at `pageUrl`, or null where none can be (file://, data:). */
export function classServerFor(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The class websocket of a server (`ws://host/class`, or wss: under https). */
export function classSocketUrl(serverUrl: string): string {
  const url = new URL(CLASS_PATH, serverUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** The join link students open: the app's address with only `?class=CODE`. */
export function joinLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.search = `?class=${encodeURIComponent(code)}`;
  url.hash = '';
  return url.href;
}

/**
 * Whether a class server answers at `serverUrl` (its health endpoint, checked for the
 * service name: a static host's SPA fallback page does not count). Never rejects.
 */
export async function isClassServerReachable(
  serverUrl: string | null,
  { timeoutMs = 3000, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<boolean> {
  if (serverUrl === null) return false;
  try {
    const response = await fetchImpl(new URL(CLASS_API_HEALTH, serverUrl), {
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return false;
    const { service, protocol } = body as Record<string, unknown>;
    return service === CLASS_SERVICE && protocol === CLASS_PROTOCOL_VERSION;
  } catch {
    return false;
  }
}
