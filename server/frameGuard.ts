/**
 * Watches every frame of one class websocket before Hocuspocus reads it, and closes that
 * socket (only that one) when the client misbehaves: frames that cannot be decoded, a second
 * document on the same socket, too many frames before authenticating, frames too big for a
 * student (who has nothing to send but a short answer), or a flood of frames. The websocket
 * server's own `maxPayload` refuses anything larger still, for everyone.
 *
 * Which message types a connection may send is checked later, per message, by the class
 * extension's `beforeHandleMessage` (so a refused message is never applied).
 */
import type { IncomingMessage } from 'node:http';
import * as decoding from 'lib0/decoding';
import type { RawData, WebSocket } from 'ws';
import { createTokenBucket, type TokenBucket } from './rateLimit.ts';

export type Role = 'teacher' | 'student';

/** Close codes (4000–4999 are the application's own). */
export const CLOSE = {
  malformed: 4400,
  tooBig: 4413,
  flood: 4429,
  forbidden: 4403,
} as const;

export interface GuardLimits {
  /** Frames a socket may send before its connection is authenticated. */
  readonly preAuthFrames: number;
  /** The largest frame before authentication and from a student, in bytes. */
  readonly preAuthBytes: number;
  readonly studentBytes: number;
  readonly student: { readonly capacity: number; readonly perSecond: number };
  readonly teacher: { readonly capacity: number; readonly perSecond: number };
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = {
  preAuthFrames: 16,
  preAuthBytes: 16 * 1024,
  studentBytes: 8 * 1024,
  student: { capacity: 30, perSecond: 2 },
  teacher: { capacity: 2000, perSecond: 500 },
};

export interface FrameGuard {
  /** Called once the connection has been authenticated with this role. */
  authenticated(role: Role): void;
}

const size = (data: RawData): number =>
  Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;

const bytesOf = (data: RawData): Uint8Array =>
  Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data;

/** Reads the document name a Hocuspocus frame begins with, or null if it has none. */
function documentName(data: RawData): string | null {
  try {
    return decoding.readVarString(decoding.createDecoder(bytesOf(data)));
  } catch {
    return null;
  }
}

/**
 * Starts guarding `socket`; the returned guard is told the role once known. Registered
 * before Hocuspocus's own listener, so a bad frame closes the socket at once.
 */
export function guardSocket(
  socket: WebSocket,
  limits: GuardLimits = DEFAULT_GUARD_LIMITS,
): FrameGuard {
  let role: Role | null = null;
  let frames = 0;
  let bucket: TokenBucket = createTokenBucket(limits.student);
  let document: string | null = null;
  const close = (code: number, reason: string) => {
    if (socket.readyState === socket.OPEN) socket.close(code, reason);
  };

  socket.on('message', (data: RawData) => {
    frames += 1;
    const name = documentName(data);
    if (name === null || name.length > 64) return close(CLOSE.malformed, 'malformed frame');
    if (document !== null && name !== document)
      return close(CLOSE.forbidden, 'one class per socket');
    document = name;
    if (role === null && frames > limits.preAuthFrames)
      return close(CLOSE.flood, 'not authenticated');
    const maxBytes =
      role === 'teacher'
        ? Infinity
        : role === 'student'
          ? limits.studentBytes
          : limits.preAuthBytes;
    if (size(data) > maxBytes) return close(CLOSE.tooBig, 'frame too big');
    if (!bucket.take()) return close(CLOSE.flood, 'too many frames');
  });

  return {
    authenticated(next) {
      role = next;
      bucket = createTokenBucket(next === 'teacher' ? limits.teacher : limits.student);
    },
  };
}

/** Guards by upgrade request, so that the authentication hook can find a socket's guard. */
export type GuardRegistry = WeakMap<IncomingMessage, FrameGuard>;
