import { describe, expect, it } from 'vitest';
import {
  graphPresetScenario,
  graphVariant,
  LECTURE_SCENARIO,
  networkVariant,
  PRACTICE_KINDS,
} from '../../engine';
import { initialState } from '../bootstrap';
import { createAppStore } from '../createAppStore';
import { LINK_KEYS, linkField } from '../url/linkFields';
import { readLink } from '../url/readLink';
import { linkFor } from '../url/syncUrl';

const open = (search: string) => initialState(search, ['en']);

describe('the practice and variant link fields', () => {
  it('come right after every row links were written with (later rows follow them)', () => {
    const written = 'cslpmtqhrkxbng'.length;
    expect(LINK_KEYS.slice(written, written + 2)).toEqual(['practice', 'variant']);
    expect(LINK_KEYS.map((key) => linkField(key).compact.key).join('')).toMatch(
      /^cslpmtqhrkxbngyv/,
    );
  });

  it('read practice=1, a list, and 0, in both forms of link', () => {
    expect(open('?practice=1').practice).toEqual(PRACTICE_KINDS);
    expect(open('?practice=update,DELTA').practice).toEqual(['delta', 'update']);
    expect(open('?scene=graph&practice=value,grad').practice).toEqual(['grad', 'value']);
    expect(open('?practice=0').practice).toBeNull();
    expect(open('?step=3').practice).toBeNull();
    for (const practice of [['delta', 'grad'], PRACTICE_KINDS] as const) {
      const state = { ...open(''), practice };
      expect(open(linkFor(state)).practice).toEqual(practice);
    }
  });

  it('draw the variant of the link’s scene from a readable link, and never again', () => {
    const network = open('?practice=1&variant=3');
    expect(network.network).toEqual(networkVariant(LECTURE_SCENARIO, 3));
    expect(network.variant).toEqual({ number: 3, drawn: true });
    const graph = open('?scene=graph&variant=2');
    const drawn = graphVariant(graphPresetScenario('cs231n-add-mul'), 2);
    expect(drawn.ok && graph.graph).toEqual(drawn.ok && drawn.scenario);
    expect(graph.network).toBe(LECTURE_SCENARIO);
    // The compact link carries the numbers as drawn: they open unchanged, not drawn again.
    for (const state of [network, graph]) {
      const again = open(linkFor(state));
      expect(again.network).toEqual(state.network);
      expect(again.graph).toEqual(state.graph);
      expect(again.variant).toEqual(state.variant);
    }
  });

  it('carry no answer: the link of a state with answers is the link without them', () => {
    const { store } = createAppStore(open('?practice=z&step=end'));
    expect(store.getState().cursor).toBe(1);
    store.getState().checkPracticeAnswer('4');
    const state = store.getState();
    expect(state.cursor).toBe(2);
    const link = linkFor(state);
    const before = createAppStore(open('?practice=z&step=end')).store.getState();
    expect(link).toBe(linkFor({ ...before, cursor: state.cursor }));
    const request = readLink(link);
    expect(request.ok && Object.keys(request.request)).not.toContain('practiceSessions');
  });

  it('refuse what they cannot read, naming it', () => {
    expect(readLink('?practice=sigma')).toEqual({
      ok: false,
      errors: [
        {
          path: 'practice',
          code: 'bad-practice',
          message:
            "practice must be 1, 0 or a list of z, a, delta, grad, update, value; found 'sigma'",
          params: { options: 'z, a, delta, grad, update, value', found: 'sigma' },
        },
      ],
    });
    for (const text of ['-1', '1.5', 'x', '2147483648', '99999999999'])
      expect(readLink(`?variant=${text}`)).toMatchObject({
        ok: false,
        errors: [{ path: 'variant', code: 'bad-variant', params: { found: text } }],
      });
    expect(open('?variant=2147483647').variant).toEqual({ number: 2147483647, drawn: true });
  });
});
