import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('leave no entry empty', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)])
      expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('translate every sentence: a Chinese entry with Latin words only is a copy of the English', () => {
    // Entries that are names, symbols or formulas may stay the same in both languages.
    const sameOnPurpose =
      /^(lang\.|loss\.(half-sse|sse)|graph\.code|graph\.op|graph\.preset\.cs231n)/;
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (sameOnPurpose.test(key)) continue;
      const words = en[key].match(/[A-Za-z]{4,}/g) ?? [];
      if (words.length >= 2) expect(zh[key], key).not.toBe(en[key]);
    }
  });
});
