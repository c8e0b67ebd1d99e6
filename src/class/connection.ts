/**
 * The part the teacher's and the student's handles share: a Hocuspocus provider on the
 * class document (which reconnects with backoff and re-syncs after each reconnect, so a
 * returning client catches up), and its events folded into one {@link ClassStatus}.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { classMap, isEnded } from './classDoc';
import { REFUSALS, type Refusal } from './protocol';
import { classSocketUrl } from './serverUrls';

/** Where a class connection is. `offline`: lost, and reconnecting with backoff. */
export type ClassStatus =
  | { readonly state: 'connecting' }
  | { readonly state: 'connected' }
  | { readonly state: 'offline' }
  | { readonly state: 'refused'; readonly reason: Refusal }
  | { readonly state: 'ended' };

/** A WebSocket class: the browser's, or `ws` in Node. */
export type WebSocketConstructor = new (url: string) => object;

export interface ConnectOptions {
  /** The WebSocket implementation (default: the global one; pass `ws` in Node). */
  readonly WebSocket?: WebSocketConstructor;
  /** The first reconnect delay, in ms (doubling, with jitter, up to `maxDelayMs`). */
  readonly delayMs?: number;
  readonly maxDelayMs?: number;
}

/** A listener list whose newest value is handed to each new listener at once. */
export interface Channel<T> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  current(): T | undefined;
}

/** Makes a {@link Channel}; `equal` drops repeats of the same value. */
export function createChannel<T>(equal: (a: T, b: T) => boolean = Object.is): Channel<T> {
  const listeners = new Set<(value: T) => void>();
  let latest: { value: T } | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (latest !== null) listener(latest.value);
      return () => listeners.delete(listener);
    },
    emit(value) {
      if (latest !== null && equal(latest.value, value)) return;
      latest = { value };
      for (const listener of [...listeners]) listener(value);
    },
    current: () => latest?.value,
  };
}

export interface ClassConnection {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly status: Channel<ClassStatus>;
  /** Stops for good (no more reconnects). */
  close(): void;
}

const sameStatus = (a: ClassStatus, b: ClassStatus) => JSON.stringify(a) === JSON.stringify(b);
const readRefusal = (reason: string): Refusal =>
  (REFUSALS as readonly string[]).includes(reason) ? (reason as Refusal) : 'forbidden';
/** The close code of the server once the teacher has ended the class. */
const CLASS_ENDED = 4410;

/** Connects to the class `code` at `serverUrl` with `token`. */
export function connectToClass(
  serverUrl: string,
  code: string,
  token: string,
  options: ConnectOptions,
  onStateless: (payload: string) => void,
): ClassConnection {
  const doc = new Y.Doc();
  const status = createChannel<ClassStatus>(sameStatus);
  status.emit({ state: 'connecting' });
  let closed = false;
  let joined = false;
  const finish = (final: ClassStatus) => {
    if (closed) return;
    closed = true;
    status.emit(final);
    // Not from inside the provider's own event handler.
    setTimeout(destroy, 0);
  };
  const socket = new HocuspocusProviderWebsocket({
    url: classSocketUrl(serverUrl),
    ...(options.WebSocket !== undefined ? { WebSocketPolyfill: options.WebSocket } : {}),
    delay: options.delayMs ?? 1000,
    minDelay: Math.min(options.delayMs ?? 1000, 1000),
    maxDelay: options.maxDelayMs ?? 30_000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: code,
    document: doc,
    token,
    // Presence is kept by the server, and students may not send awareness at all.
    awareness: null,
    onSynced: () => {
      if (closed) return;
      joined = true;
      status.emit(isEnded(doc) ? { state: 'ended' } : { state: 'connected' });
      if (isEnded(doc)) finish({ state: 'ended' });
    },
    onAuthenticationFailed: ({ reason }) => {
      const refusal = readRefusal(reason);
      // A class that was there and is gone has ended (or timed out while we were away).
      finish(
        joined && refusal === 'unknown-class'
          ? { state: 'ended' }
          : { state: 'refused', reason: refusal },
      );
    },
    onDisconnect: ({ event }) => {
      if (event.code === CLASS_ENDED) finish({ state: 'ended' });
      else if (!closed && joined) status.emit({ state: 'offline' });
    },
    onStateless: ({ payload }) => onStateless(payload),
  });
  function destroy() {
    provider.destroy();
    socket.destroy();
  }
  provider.attach();
  // The class ended elsewhere. (The teacher's own `end()` waits for the server instead, so
  // that the update is sent before the connection closes.)
  classMap(doc).observe((event) => {
    if (!event.transaction.local && isEnded(doc)) finish({ state: 'ended' });
  });
  return {
    doc,
    provider,
    status,
    close() {
      closed = true;
      destroy();
    },
  };
}
