import { describe, it, expect } from 'vitest';
import { editDistance, suggestFunction } from './suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['sigmod', 'sigmoid', 1],
    ['tnah', 'tanh', 1],
    ['kitten', 'sitting', 3],
    ['relu', 'relu', 0],
  ])('%j → %j is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggestFunction', () => {
  it.each([
    ['sigmod', 'sigmoid'],
    ['Exp', 'exp'],
    ['tan', 'tanh'],
    ['sqr', 'sqrt'],
    ['ln', 'log'],
    ['RELU', 'relu'],
    ['maxx', 'max'],
  ])('%j → %j', (name, expected) => {
    expect(suggestFunction(name)).toBe(expected);
  });

  it.each(['f', 'fn', 'alert', 'constructor', 'x'.repeat(40)])(
    'has nothing close to %j',
    (name) => {
      expect(suggestFunction(name)).toBeUndefined();
    },
  );
});
