import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../../engine';
import { defaultState } from '../initialState';
import type { SourceState } from '../types';
import { encodeLink } from './compactLink';
import fixture from './fixtures/links-v1.json';
import { createLinkEncoder, type PayloadJob } from './linkEncoder';
import { distinctNetwork } from './testNetworks';

const defaults: SourceState = {
  ...defaultState('en'),
  ...(fixture.defaults as Partial<SourceState>),
};
const written = fixture.links.filter((l) => l.writtenByApp === true);

/** Runs a job to its end in slices of `chars`. */
function run(job: PayloadJob, chars: number): string {
  for (;;) {
    const payload = job.step(chars);
    if (payload !== undefined) return payload;
  }
}

describe('the cached link encoder writes the links encodeLink writes', () => {
  it('for every link of the fixture that the app wrote, at once and in slices', () => {
    expect(written.length).toBeGreaterThanOrEqual(50);
    const encoder = createLinkEncoder();
    for (const link of written) {
      const state = { ...defaults, ...(link.state as Partial<SourceState>) };
      expect(`?s=${encoder.encode(state)}`, link.name).toBe(link.query);
      expect(`?s=${run(encoder.start(state), 97)}`, link.name).toBe(link.query);
    }
  });

  it('for a large network stepped through, its JSON kept from the first step', () => {
    const encoder = createLinkEncoder();
    const network = distinctNetwork([4, 8, 8, 3], ['tanh', 'relu', 'sigmoid'], {
      x: [1, -1, 0.5, 2],
      y: [0, 1, 0],
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom<SourceState['scene']>('network', 'graph', 'training'),
        fc.integer({ min: 1, max: 5000 }),
        (cursor, iteration, scene, slice) => {
          const state = { ...defaults, network, cursor, iteration, scene };
          const expected = encodeLink(state);
          expect(encoder.encode(state)).toBe(expected);
          expect(run(encoder.start(state), slice)).toBe(expected);
        },
      ),
      { seed: 4, numRuns: 60 },
    );
  });

  it('leaves out a field back at its default, as encodeLink does', () => {
    const encoder = createLinkEncoder();
    const edited = { ...defaults, network: { ...LECTURE_SCENARIO, learningRate: 0.25 } };
    expect(encoder.encode(edited)).toBe(encodeLink(edited));
    const back = { ...edited, network: LECTURE_SCENARIO };
    expect(encoder.encode(back)).toBe(encodeLink(back));
    expect(encoder.json(back)).not.toContain('"n":');
  });

  it('finishes a job at once, and gives the same payload when asked again', () => {
    const job = createLinkEncoder().start({ ...defaults, cursor: 9 });
    expect(job.step(3)).toBeUndefined();
    const payload = job.finish();
    expect(payload).toBe(encodeLink({ ...defaults, cursor: 9 }));
    expect(job.finish()).toBe(payload);
    expect(job.step(1)).toBe(payload);
  });
});
