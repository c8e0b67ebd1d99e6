import { describe, expect, it } from 'vitest';
import { MAX_USER_POINTS, mulberry32, type DataPoint } from '../../engine';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import { decodeLink } from '../url/compactLink';
import { linkFor } from '../url/syncUrl';
import { MAX_LINK_LENGTH } from '../url/readableLink';
import { linkOverflow } from './ownLink';

/** The most points allowed, as spread over the plane as they can be (the hardest to compress). */
function manyPoints(regression: boolean): DataPoint[] {
  const random = mulberry32(5);
  const third = (v: number) => Math.round(v * 1000) / 1000;
  return Array.from({ length: MAX_USER_POINTS }, () => ({
    x1: third(random() * 12 - 6),
    x2: third(random() * 12 - 6),
    label: regression ? third(random() * 4 - 2) : random() < 0.5 ? -1 : 1,
  }));
}

describe('own points in share links', () => {
  it('carry the most points allowed within the link limit, and back exactly', () => {
    for (const regression of [false, true]) {
      const { store } = createAppStore(defaultState());
      const points = manyPoints(regression);
      store.getState().setOwnPoints({ train: points.slice(0, 1500), test: points.slice(1500) });
      const link = linkFor(store.getState());
      console.log(
        `${MAX_USER_POINTS} ${regression ? 'regression' : 'class'} points: link ${link.length} characters of ${MAX_LINK_LENGTH}`,
      );
      expect(linkOverflow(link.length)).toBeNull();
      const read = decodeLink(link.slice('?s='.length));
      expect(read.ok && read.request.ownPoints).toEqual(store.getState().ownPoints);
    }
  });

  it('say how large a link over the limit is, and the limit', () => {
    expect(linkOverflow(MAX_LINK_LENGTH)).toBeNull();
    expect(linkOverflow(MAX_LINK_LENGTH + 1)).toEqual({ size: 65, limit: 64 });
    expect(linkOverflow(100 * 1024)).toEqual({ size: 100, limit: 64 });
  });
});
