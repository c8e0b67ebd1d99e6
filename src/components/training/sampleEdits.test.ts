import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO, XOR_SCENARIO } from '../../engine';
import { addSample, removeSample, setSampleValue } from './sampleEdits';

describe('sample edits', () => {
  it('sets one input or target, leaving the scenario unmutated', () => {
    const edited = setSampleValue(XOR_SCENARIO, 2, 'y', 0, 0.5);
    expect(edited.samples[2]).toEqual({ x: [1, 0], y: [0.5] });
    expect(XOR_SCENARIO.samples[2]).toEqual({ x: [1, 0], y: [1] });
    expect(setSampleValue(XOR_SCENARIO, 0, 'x', 1, -3).samples[0]).toEqual({ x: [0, -3], y: [0] });
    expect(setSampleValue(XOR_SCENARIO, 9, 'x', 0, 1)).toBe(XOR_SCENARIO);
    expect(setSampleValue(XOR_SCENARIO, 0, 'x', 2, 1)).toBe(XOR_SCENARIO);
  });

  it('adds a copy of the last example and removes any but the last one left', () => {
    const added = addSample(XOR_SCENARIO);
    expect(added.samples).toHaveLength(5);
    expect(added.samples[4]).toEqual(XOR_SCENARIO.samples[3]);
    expect(removeSample(added, 0).samples[0]).toEqual(XOR_SCENARIO.samples[1]);
    expect(removeSample(LECTURE_SCENARIO, 0)).toBe(LECTURE_SCENARIO);
  });
});
