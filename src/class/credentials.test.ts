import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  formatJoinCode,
  joinCodeFromBytes,
  newStudentId,
  normalizeJoinCode,
  parseToken,
  studentToken,
  teacherToken,
} from './credentials';

describe('join codes', () => {
  it('uses 32 unambiguous symbols, 5 bits each: 8 symbols are 40 bits', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(joinCodeFromBytes(new Uint8Array([0, 1, 31, 32, 255, 10, 17, 22]))).toBe('01Z0ZAHP');
  });

  it('reads what a person types', () => {
    expect(normalizeJoinCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeJoinCode(' 1lIo 0O2z ')).toBe('1110002Z');
    expect(normalizeJoinCode('lIoO-2345')).toBe('11002345');
    expect(normalizeJoinCode('ABCDEFG')).toBeNull();
    expect(normalizeJoinCode('ABCDEFGU')).toBeNull();
    expect(normalizeJoinCode('x'.repeat(100))).toBeNull();
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('tokens', () => {
  it('carry a role and a secret or an id', () => {
    const id = newStudentId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(parseToken(studentToken(id))).toEqual({ role: 'student', id });
    const secret = 'A'.repeat(43);
    expect(parseToken(teacherToken(secret))).toEqual({ role: 'teacher', secret });
    expect(parseToken('teacher.short')).toBeNull();
    expect(parseToken(`admin.${secret}`)).toBeNull();
    expect(parseToken(secret)).toBeNull();
  });
});
