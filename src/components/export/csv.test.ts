import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('forward')).toBe('forward');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(
      toCsv(
        ['x', 'y'],
        [
          [1, 'a,b'],
          [2, 'c'],
        ],
      ),
    ).toBe('x,y\r\n1,"a,b"\r\n2,c\r\n');
  });
});
