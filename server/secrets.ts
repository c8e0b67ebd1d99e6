/**
 * The server's randomness and hashing: join codes (40 bits), teachers' secrets (256 bits,
 * kept only as a SHA-256 hash), and the anonymous key under which a student's answers and
 * presence appear in the class document (so the student's own id is never shown to others).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { base64url, joinCodeFromBytes } from '../src/class/credentials.ts';

/** A fresh random join code. */
export const newJoinCode = (): string => joinCodeFromBytes(randomBytes(8));

/** A fresh teacher's secret: 32 random bytes, base64url. */
export const newTeacherSecret = (): string => base64url(randomBytes(32));

/** What the store keeps of a secret. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether `secret` is the one whose hash is `secretHash` (in constant time). */
export function secretMatches(secret: string, secretHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const kept = Buffer.from(secretHash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

/** The anonymous key of a student in one class: 96 bits of a hash of the class and the id. */
export const studentKey = (code: string, studentId: string): string =>
  base64url(createHash('sha256').update(`${code}:${studentId}`, 'utf8').digest().subarray(0, 12));
