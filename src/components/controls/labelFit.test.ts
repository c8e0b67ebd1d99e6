import { describe, expect, it } from 'vitest';
import { fitLabels } from './labelFit';

describe('fitLabels', () => {
  it('writes each name in full, short or not at all, whichever fits its band', () => {
    expect(
      fitLabels([
        { full: 80, short: 30, room: 100 },
        { full: 80, short: 30, room: 50 },
        { full: 80, short: 30, room: 20 },
      ]),
    ).toEqual(['full', 'short', 'none']);
  });

  it('keeps a gap at the end of the band, so neighbours never touch', () => {
    expect(fitLabels([{ full: 98, short: 10, room: 100 }])).toEqual(['short']);
    expect(fitLabels([{ full: 96, short: 10, room: 100 }])).toEqual(['full']);
  });

  it('hides the one-step cost on a phone timeline (C in a band 6 px wide)', () => {
    expect(fitLabels([{ full: 30, short: 8, room: 5.9 }])).toEqual(['none']);
  });
});
