/**
 * Join codes, the teacher's secret, the student's id and the connection token that carries
 * one of them. Shared by the server (which makes codes and checks tokens) and the app (which
 * reads a typed code and writes tokens).
 *
 * A join code is 8 symbols of Crockford's base 32 (digits and capitals without I, L, O, U):
 * 40 random bits, easy to read off a projector and type on a phone. Typing is forgiving:
 * case, spaces and dashes do not matter, and I, L and O read as 1, 1 and 0.
 */

/** Crockford's base 32: 32 symbols, so each is exactly 5 random bits. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** Base64url of at least 16 bytes (a student id) and up to 48 bytes. */
const OPAQUE = /^[A-Za-z0-9_-]{22,64}$/;

/** The canonical form of a typed code, or null if it cannot be one. */
export function normalizeJoinCode(typed: string): string | null {
  if (typed.length > 32) return null;
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return CODE.test(code) ? code : null;
}

/** A code as shown to people: two groups of four, `ABCD-EFGH`. */
export function formatJoinCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** A join code from random bytes (one byte per symbol; only its low 5 bits are used). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[(bytes[i] ?? 0) & 31];
  return code;
}

/** Base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh random student id (128 bits), made in the student's browser. */
export function newStudentId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** Who a connection claims to be. */
export type ClassToken =
  | { readonly role: 'teacher'; readonly secret: string }
  | { readonly role: 'student'; readonly id: string };

/** The token a teacher connects with. */
export const teacherToken = (secret: string): string => `teacher.${secret}`;
/** The token a student connects with. */
export const studentToken = (id: string): string => `student.${id}`;

/** Reads a connection token. Never throws; anything malformed is null. */
export function parseToken(token: string): ClassToken | null {
  const dot = token.indexOf('.');
  const role = token.slice(0, dot);
  const value = token.slice(dot + 1);
  if (dot < 0 || !OPAQUE.test(value)) return null;
  if (role === 'teacher') return { role, secret: value };
  if (role === 'student') return { role, id: value };
  return null;
}

/**
 * A class has two documents: the class document (named by the code), which everyone in the
 * class reads and only the teacher writes, and the teacher's document (`CODE:teacher`),
 * which only the teacher can open: the answers and who is connected, so that no student sees
 * the others' answers (or anyone's presence) before the teacher shows them.
 */
export type ClassDocKind = 'class' | 'teacher';

const TEACHER_SUFFIX = ':teacher';

/** The name of a class's document of `kind`. */
export const documentName = (code: string, kind: ClassDocKind): string =>
  kind === 'class' ? code : `${code}${TEACHER_SUFFIX}`;

/** Reads a document name back into its code and kind, or null. */
export function parseDocumentName(
  name: string,
): { readonly code: string; readonly kind: ClassDocKind } | null {
  const kind: ClassDocKind = name.endsWith(TEACHER_SUFFIX) ? 'teacher' : 'class';
  const code = kind === 'teacher' ? name.slice(0, -TEACHER_SUFFIX.length) : name;
  return normalizeJoinCode(code) === code ? { code, kind } : null;
}
