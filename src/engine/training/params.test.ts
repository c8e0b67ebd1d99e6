import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../index';
import { paramName, paramRefs, paramValue, type ParamRef } from './params';

describe('paramRefs', () => {
  const refs = paramRefs(LECTURE_SCENARIO.layers);

  it('lists layer by layer: weights row by row, then biases', () => {
    expect(refs).toHaveLength(18);
    expect(refs.slice(0, 6).map((r) => r.id)).toEqual([
      'edge-0-0-0',
      'edge-0-1-0',
      'edge-0-0-1',
      'edge-0-1-1',
      'bias-1-0',
      'bias-1-1',
    ]);
    refs.forEach((r, i) => expect(r.index).toBe(i));
  });

  it('reads values and names them as the lecture does', () => {
    expect(refs.map((r) => paramValue(LECTURE_SCENARIO, r)).slice(0, 6)).toEqual([
      1, -2, -1, 1, 1, 0,
    ]);
    expect(paramName(LECTURE_SCENARIO.layers, refs[1] as ParamRef)).toEqual({
      base: 'w',
      to: 1,
      from: 'x2',
    });
    expect(paramName(LECTURE_SCENARIO.layers, refs[7] as ParamRef)).toEqual({
      base: 'w',
      to: 3,
      from: '2',
    });
    expect(paramName(LECTURE_SCENARIO.layers, refs[17] as ParamRef)).toEqual({
      base: 'b',
      to: 6,
      from: null,
    });
  });
});
