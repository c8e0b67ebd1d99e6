import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../engine';
import { isMessageKey, LANGUAGES, translate } from '../../i18n/translate';
import type { StateError } from '../types';
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
    const tooLong = readLink(`?s=1.${'A'.repeat(70_000)}`);
    const issues: readonly InputIssue[] = [
      ...(fixture.links as readonly { state: { error?: StateError } }[]).flatMap(
        (link) => link.state.error?.issues ?? [],
      ),
      ...(tooLong.ok ? [] : tooLong.errors),
    ];
    const codes = new Set<string>();
    for (const issue of issues) {
      const key = `issue.${issue.code}`;
      // The scenario's own issues (engine codes) are checked with the scenario format.
      if (!isMessageKey(key)) {
        expect(issue.code, 'a link issue without a translation').toMatch(/^(unknown-function)$/);
        continue;
      }
      codes.add(issue.code);
      for (const lang of LANGUAGES)
        expect(translate(lang, key, issue.params), key).not.toMatch(/\{\w+\}/);
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
    ])
      expect(codes.has(code), code).toBe(true);
  });
});
