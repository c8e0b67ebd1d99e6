import { describe, expect, it } from 'vitest';
import { readPracticeKinds, writePracticeKinds } from './kinds';

describe('the practice= link option', () => {
  it('reads 1 (or all) as every kind of the scene', () => {
    expect(readPracticeKinds('1', 'network')).toEqual({
      ok: true,
      kinds: ['z', 'a', 'delta', 'grad', 'update'],
    });
    expect(readPracticeKinds('all', 'graph')).toEqual({ ok: true, kinds: ['value', 'grad'] });
  });

  it('reads a list in any order, case and spacing, and returns it in canonical order', () => {
    expect(readPracticeKinds('update, DELTA,delta', 'network')).toEqual({
      ok: true,
      kinds: ['delta', 'update'],
    });
    expect(readPracticeKinds('grad,value', 'graph')).toEqual({
      ok: true,
      kinds: ['value', 'grad'],
    });
  });

  it('refuses a kind the scene does not have, naming it', () => {
    expect(readPracticeKinds('z,value', 'network')).toEqual({
      ok: false,
      code: 'unknown-kind',
      params: { name: 'value' },
    });
    expect(readPracticeKinds('delta', 'graph')).toEqual({
      ok: false,
      code: 'unknown-kind',
      params: { name: 'delta' },
    });
    expect(readPracticeKinds(' , ', 'graph')).toEqual({ ok: false, code: 'empty', params: {} });
  });

  it('writes 1 for every kind, else the canonical list, and reads back what it writes', () => {
    expect(writePracticeKinds(['update', 'z', 'a', 'grad', 'delta'], 'network')).toBe('1');
    expect(writePracticeKinds(['update', 'delta'], 'network')).toBe('delta,update');
    expect(writePracticeKinds(['grad'], 'graph')).toBe('grad');
    const text = writePracticeKinds(['grad', 'z'], 'network');
    expect(readPracticeKinds(text, 'network')).toEqual({ ok: true, kinds: ['z', 'grad'] });
  });

  it('without a scene, reads and writes the kinds of every scene (one setting for all)', () => {
    expect(readPracticeKinds('1')).toEqual({
      ok: true,
      kinds: ['z', 'a', 'delta', 'grad', 'update', 'value'],
    });
    expect(readPracticeKinds('value,z')).toEqual({ ok: true, kinds: ['z', 'value'] });
    expect(readPracticeKinds('sigma')).toEqual({
      ok: false,
      code: 'unknown-kind',
      params: { name: 'sigma' },
    });
    expect(writePracticeKinds(['value', 'update', 'z', 'a', 'grad', 'delta'])).toBe('1');
    expect(writePracticeKinds(['z', 'a', 'delta', 'grad', 'update'])).toBe('z,a,delta,grad,update');
  });
});
