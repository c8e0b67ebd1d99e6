import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHARACTER_KINDS, findHiddenCharacter, escapeHidden, hiddenKind } from './characters';
import { QUOTE_LIMIT, clipText, groupDigits, isolate, quoteEnglish, textParams } from './userText';

describe('clipText', () => {
  it('keeps short text whole', () => {
    expect(clipText('sigmoid')).toEqual({ shown: 'sigmoid', length: 7, clipped: false });
  });

  it('quotes the start of a pasted 10,000-character value and counts all of it', () => {
    const pasted = 'x'.repeat(10_000);
    expect(clipText(pasted)).toEqual({
      shown: 'x'.repeat(QUOTE_LIMIT),
      length: 10_000,
      clipped: true,
    });
    expect(quoteEnglish(pasted)).toBe(`'${'x'.repeat(QUOTE_LIMIT)}…' (10,000 characters)`);
    expect(textParams('text', pasted)).toEqual({
      text: 'x'.repeat(QUOTE_LIMIT),
      textLength: 10_000,
    });
    expect(textParams('text', 'ab')).toEqual({ text: 'ab' });
  });

  it('counts characters, not UTF-16 units, and never cuts an emoji in half', () => {
    const emoji = '😀'.repeat(40);
    const { shown, length } = clipText(emoji);
    expect(length).toBe(40);
    expect(Array.from(shown)).toHaveLength(QUOTE_LIMIT);
    expect(shown).toBe('😀'.repeat(QUOTE_LIMIT));
  });

  it('writes every hidden character as its code point, so nothing in a quote is invisible', () => {
    expect(clipText('a\u202eb\u200bc\u00a0d').shown).toBe('a⟨U+202E⟩b⟨U+200B⟩c⟨U+00A0⟩d');
    // A combining mark is hidden only where it has no letter to sit on.
    expect(clipText('\u0301e').shown).toBe('⟨U+0301⟩e');
    expect(clipText('e\u0301').shown).toBe('e\u0301');
    // The isolates the UI wraps quotes in cannot be smuggled in to close a quote early.
    expect(clipText('\u2069x').shown).toBe('⟨U+2069⟩x');
  });

  it('leaves no hidden character in any quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const { shown } = clipText(raw);
        expect(findHiddenCharacter(shown.replace(/⟨U\+[0-9A-F]{4,6}⟩/g, 'x'))).toBeUndefined();
      }),
      { numRuns: 2000, seed: 21 },
    );
  });
});

describe('hidden characters', () => {
  it('are named by kind, and found with their column', () => {
    expect(findHiddenCharacter('ab\u202ec')).toEqual({
      column: 3,
      codePoint: 'U+202E',
      kind: 'right-to-left-override',
    });
    expect(hiddenKind(' ', false)).toBeUndefined();
    expect(hiddenKind('\u0007', false)).toBe('control-character');
    expect(hiddenKind('\ue000', false)).toBe('private-use-character');
    expect(hiddenKind('\ud800', false)).toBe('lone-surrogate');
    expect(hiddenKind('\uffff', false)).toBe('noncharacter');
    expect(CHARACTER_KINDS).toContain('zero-width-space');
  });

  it('are escaped in paths, which are code', () => {
    expect(escapeHidden('["a\u202eb"]')).toBe('["a\\u202eb"]');
  });
});

describe('isolate and groupDigits', () => {
  it('wrap text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE; group thousands', () => {
    expect(isolate('abc')).toBe('\u2068abc\u2069');
    expect(groupDigits(1_000_000)).toBe('1,000,000');
    expect(groupDigits(-12_345)).toBe('-12,345');
    expect(groupDigits(999)).toBe('999');
  });
});
