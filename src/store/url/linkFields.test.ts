import { describe, expect, it } from 'vitest';
import { defaultState } from '../initialState';
import { LINK_PARAM } from './compactLink';
import { LINK_FIELDS, LINK_KEYS, linkedState, linkField } from './linkFields';
import { READABLE_NAMES } from './readableLink';

describe('the table of link fields', () => {
  it('gives each field its own compact key and each readable parameter its own name', () => {
    const keys = LINK_KEYS.map((key) => linkField(key).compact.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = [LINK_PARAM, ...READABLE_NAMES];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+$/);
  });

  it('keeps the compact keys in the order links already shared were written', () => {
    // The payload's keys follow the rows: a new row goes at the end.
    const keys = LINK_KEYS.map((key) => linkField(key).compact.key).join('');
    expect(keys.startsWith('cslpmtqhrkxbng')).toBe(true);
  });

  it('makes an edit of the scenarios only; every other field is a view change', () => {
    expect(LINK_KEYS.filter((key) => linkField(key).change === 'edit')).toEqual([
      'network',
      'graph',
    ]);
  });

  it('picks exactly the linked fields of a state', () => {
    const state = { ...defaultState('zh'), cursor: 7, focus: 'edge-0-0-0', playing: true };
    const linked = linkedState(state);
    expect(Object.keys(linked)).toEqual(Object.keys(LINK_FIELDS));
    expect(linked).toMatchObject({ cursor: 7, lang: 'zh', network: state.network });
    expect(linked).not.toHaveProperty('focus');
  });
});
