// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetClass, keepClass, keptStudentId, keptTeacher, readKeptClass } from './classSession';

describe('the class a tab keeps', () => {
  afterEach(() => window.sessionStorage.clear());

  it('gives a reloaded teacher her class back, and a reloaded student his id for that class only', () => {
    keepClass({ role: 'teacher', code: 'ABCD2345', secret: 's'.repeat(32) });
    expect(keptTeacher()).toEqual({ code: 'ABCD2345', secret: 's'.repeat(32) });
    expect(keptStudentId('ABCD2345')).toBeUndefined();
    keepClass({ role: 'student', code: 'ABCD2345', studentId: 'i'.repeat(22) });
    expect(keptTeacher()).toBeUndefined();
    expect(keptStudentId('ABCD2345')).toBe('i'.repeat(22));
    expect(keptStudentId('WXYZ6789')).toBeUndefined();
    forgetClass();
    expect(readKeptClass()).toBeNull();
  });

  it('reads anything malformed as no class', () => {
    for (const text of [
      '{',
      '[]',
      '{"role":"teacher","code":"ABCD2345"}',
      '{"role":"x","code":"A"}',
    ]) {
      window.sessionStorage.setItem('backprop-circuit.class', text);
      expect(readKeptClass(), text).toBeNull();
    }
  });
});
