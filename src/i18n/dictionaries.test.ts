import { describe, expect, it } from 'vitest';
import { en } from './en';
import { graphSceneEn } from './graphScene/en';
import { graphSceneZh } from './graphScene/zh';
import { playgroundEn } from './playground/en';
import { playgroundZh } from './playground/zh';
import { zh } from './zh';

/** The app's dictionary, the Data mode's own and the graph scene's, which load with them. */
const PAIRS: readonly [
  string,
  Readonly<Record<string, string>>,
  Readonly<Record<string, string>>,
][] = [
  ['app', en, zh],
  ['playground', playgroundEn, playgroundZh],
  ['graph scene', graphSceneEn, graphSceneZh],
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(PAIRS)('the %s dictionary', (_name, en, zh) => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('leaves no entry empty', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)])
      expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    }
  });

  it('translates every sentence: a Chinese entry with Latin words only is a copy of the English', () => {
    // Entries that are names, symbols or formulas may stay the same in both languages.
    const sameOnPurpose =
      /^(lang\.|loss\.(half-sse|sse)|graph\.code|graph\.op|graph\.preset\.cs231n)/;
    for (const key of Object.keys(en)) {
      if (sameOnPurpose.test(key)) continue;
      const words = en[key]?.match(/[A-Za-z]{4,}/g) ?? [];
      if (words.length >= 2) expect(zh[key], key).not.toBe(en[key]);
    }
  });
});

it('the dictionaries share no key', () => {
  expect(Object.keys(playgroundEn).filter((key) => Object.hasOwn(en, key))).toEqual([]);
  expect(Object.keys(graphSceneEn).filter((key) => Object.hasOwn(en, key))).toEqual([]);
});
