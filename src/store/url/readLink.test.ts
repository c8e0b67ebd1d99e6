import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../engine';
import { issueText } from '../../i18n/issues/render';
import { LANGUAGES, translate } from '../../i18n/translate';
import fixture from './fixtures/links-v1.json';
import { decodeLink } from './compactLink';
import { hasLink, readLink } from './readLink';

/** Every parameter a link may carry, as DESIGN.md and the README list them. */
const LINK_PARAMETERS = [
  's',
  'scenario',
  'step',
  'scene',
  'lang',
  'iteration',
  'chapter',
  'presenter',
  'theme',
  'hide',
  'embed',
];

const readErrors = (query: string): readonly InputIssue[] => {
  const read = readLink(query);
  return read.ok ? [] : read.errors;
};

describe('reading a link', () => {
  it('counts a query as a link when it carries any link parameter, first or later', () => {
    for (const name of LINK_PARAMETERS) {
      expect(hasLink(`?${name}=1`), name).toBe(true);
      expect(hasLink(`?utm_source=x&${name}=`), name).toBe(true);
      expect(hasLink(`?x${name}=1`), `x${name}`).toBe(false);
    }
    expect(hasLink('')).toBe(false);
    expect(hasLink('?speed=2&sample=1')).toBe(false);
  });

  it('refuses a link over 64 KB before reading it, in either form', () => {
    const tooLong = { code: 'link-too-long', message: 'the link is longer than 64 KB' };
    expect(readLink(`?scenario=${'1'.repeat(70_000)}`)).toEqual({
      ok: false,
      errors: [{ path: '', ...tooLong, params: { max: 64 } }],
    });
    expect(readLink(`?s=1.${'A'.repeat(70_000)}`)).toEqual({
      ok: false,
      errors: [{ path: '', ...tooLong, params: { max: 64 } }],
    });
    expect(decodeLink(`1.${'A'.repeat(70_000)}`)).toEqual({
      ok: false,
      errors: [{ path: 's', ...tooLong, params: { max: 64 } }],
    });
  });

  it('gives every issue of a refused link a translation with each placeholder filled', () => {
    // The issues today's readers give the links of the fixture (those refused then and now).
    const issues: readonly InputIssue[] = [
      ...(fixture.links as readonly { query: string; stored?: string }[]).flatMap((link) => {
        const read = link.stored === undefined ? readLink(link.query) : { ok: true as const };
        return read.ok ? [] : read.errors;
      }),
      ...readErrors(`?s=1.${'A'.repeat(70_000)}`),
    ];
    const codes = new Set<string>();
    for (const issue of issues) {
      codes.add(issue.code);
      for (const lang of LANGUAGES) {
        const text = issueText((key, params) => translate(lang, key, params), issue);
        expect(text, `${lang} ${issue.code}`).not.toMatch(/\{\w+\}/);
        if (lang === 'zh') expect(text, issue.code).toMatch(/\p{Script=Han}/u);
      }
    }
    // Each code the link readers write is among those checked.
    for (const code of [
      'link-version',
      'link-damaged',
      'bad-lang',
      'bad-scene',
      'bad-step',
      'bad-speed',
      'bad-sample',
      'bad-rate',
      'bad-iteration',
      'bad-chapter',
      'bad-flag',
      'bad-theme',
      'bad-hide',
      'double-encoded',
      'link-too-long',
      'misspelt-function',
    ])
      expect(codes.has(code), code).toBe(true);
  });
});
