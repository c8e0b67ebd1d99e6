/**
 * Who may connect to a class, and as what: the teacher's secret gives a writable
 * connection, a student's id a read-only one to the class document (Hocuspocus then refuses
 * every document update a student sends) and none to the teacher's document. Failed joins (an unknown code, a wrong secret, a malformed token) are
 * counted per IP address; an address with too many is refused for a while, whatever it sends.
 *
 * Hocuspocus's Throttle extension is not used for this: it counts every connection, failed or
 * not, and reads X-Forwarded-For unconditionally. A lecture hall behind one NAT reconnecting
 * after a Wi-Fi drop would be banned, and an attacker could dodge it with a made-up header.
 */
import type { IncomingMessage } from 'node:http';
import type { onAuthenticatePayload } from '@hocuspocus/server';
import { parseDocumentName, parseToken } from '../src/class/credentials.ts';
import type { Refusal } from '../src/class/protocol.ts';
import type { GuardRegistry, Role } from './frameGuard.ts';
import type { WindowLimiter } from './rateLimit.ts';
import { secretMatches, studentKey } from './secrets.ts';
import type { ClassStore } from './store/types.ts';

/** What the server remembers of an authenticated connection (Hocuspocus's context). */
export interface ClassContext {
  readonly role: Role;
  /** The anonymous student key (students only). */
  readonly student?: string;
  readonly ip: string;
}

/**
 * Hocuspocus sends a thrown value's `reason` to the client. A plain object (not an Error)
 * also keeps Hocuspocus from logging every failed attempt, which an attacker could use to
 * flood the log.
 */
const refuse = (reason: Refusal): { readonly reason: Refusal } => ({ reason });

/** Reads a Hocuspocus context back into a {@link ClassContext}, or null. */
export function readContext(value: unknown): ClassContext | null {
  if (typeof value !== 'object' || value === null) return null;
  const { role, student, ip } = value as Record<string, unknown>;
  if ((role !== 'teacher' && role !== 'student') || typeof ip !== 'string') return null;
  if (role === 'student') return typeof student === 'string' ? { role, student, ip } : null;
  return { role, ip };
}

/**
 * The client's address: the socket's, or with `trustProxy` (behind a load balancer that
 * sets it) the first address of X-Forwarded-For.
 */
export function clientIp(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return trustProxy && first ? first : (request.socket.remoteAddress ?? '');
}

export interface AuthDeps {
  readonly store: ClassStore;
  readonly failedJoins: WindowLimiter;
  readonly guards: GuardRegistry;
  readonly trustProxy: boolean;
}

/** The `onAuthenticate` hook: decides the role, or throws a refusal. */
export async function authenticate(
  payload: Pick<onAuthenticatePayload, 'token' | 'documentName' | 'request' | 'connectionConfig'>,
  deps: AuthDeps,
): Promise<ClassContext> {
  const { token, documentName, request, connectionConfig } = payload;
  const ip = clientIp(request, deps.trustProxy);
  if (deps.failedJoins.blocked(ip)) throw refuse('rate-limited');
  const name = parseDocumentName(documentName);
  const claim = parseToken(token);
  const record = name === null ? undefined : await deps.store.get(name.code);
  if (name === null || record === undefined) {
    deps.failedJoins.hit(ip);
    throw refuse('unknown-class');
  }
  const teacher = claim?.role === 'teacher' && secretMatches(claim.secret, record.secretHash);
  // A wrong secret, a malformed token, or a student at the teacher's document.
  if (
    claim === null ||
    (claim.role === 'teacher' && !teacher) ||
    (name.kind === 'teacher' && !teacher)
  ) {
    deps.failedJoins.hit(ip);
    throw refuse('forbidden');
  }
  connectionConfig.readOnly = !teacher;
  deps.guards.get(request)?.authenticated(teacher ? 'teacher' : 'student');
  return claim.role === 'student'
    ? { role: 'student', student: studentKey(name.code, claim.id), ip }
    : { role: 'teacher', ip };
}
