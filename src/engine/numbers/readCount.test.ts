import { describe, expect, it } from 'vitest';
import { readCount } from './readCount';

const LIMIT = 1_000_000;

describe('readCount', () => {
  it('reads whole numbers up to the limit, from text or JSON', () => {
    expect(readCount('25', LIMIT, 'iteration')).toEqual({ ok: true, value: 25 });
    expect(readCount(LIMIT, LIMIT, 's.iteration')).toEqual({ ok: true, value: LIMIT });
    expect(readCount('1e6', LIMIT, 'iteration')).toEqual({ ok: true, value: LIMIT });
  });

  it('refuses a value over the limit with a message that names the limit', () => {
    for (const value of ['1e9', '9999999', 1e15, Infinity, '1e999']) {
      const read = readCount(value, LIMIT, 'iteration');
      expect(read, String(value)).toEqual({
        ok: false,
        code: 'above-limit',
        issue: {
          path: 'iteration',
          code: 'above-limit',
          message: 'is too large (the limit is 1,000,000)',
          params: { limit: LIMIT },
        },
      });
    }
  });

  it('leaves other refusals to the caller’s own code', () => {
    for (const value of ['1.5', '-1', 'abc', '', -3, 2.5, NaN, null, '1,000'])
      expect(readCount(value, LIMIT, 'iteration'), String(value)).toEqual({
        ok: false,
        code: 'not-whole',
      });
  });
});
