import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../scenario';
import { IssueList } from '../validate';
import { LECTURE_SCENARIO } from './lecture';

const lecture = JSON.parse(JSON.stringify(LECTURE_SCENARIO)) as Record<string, unknown>;
const errorsOf = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
};
const pathsAndCodes = (input: unknown) => errorsOf(input).map((e) => [e.path, e.code]);

describe('parseScenario checks every field, even when the layers are wrong', () => {
  it('"layers": "x" is not a list, and the other fields are still checked', () => {
    expect(
      pathsAndCodes({
        ...lecture,
        layers: 'x',
        activation: 'swish',
        weights: [[[1, 'a']], 'b'],
        biases: [[1], [2, null]],
        samples: [{ x: [1, Infinity], y: 'y' }],
        learningRate: -1,
      }),
    ).toEqual([
      ['layers', 'not-a-list'],
      ['activation', 'unknown-choice'],
      ['learningRate', 'not-positive'],
      ['weights[0][0][1]', 'not-a-number'],
      ['weights[1]', 'not-a-list'],
      ['biases[1][1]', 'not-a-number'],
      ['samples[0].x[1]', 'too-large'],
      ['samples[0].y', 'not-a-list'],
    ]);
  });

  it('without layers, a matrix must still be rectangular, and one bias vector per matrix', () => {
    expect(
      pathsAndCodes({
        ...lecture,
        layers: [2, 0, 2],
        weights: [
          [
            [1, 2],
            [3, 4, 5],
          ],
        ],
        biases: [[0], [0]],
      }),
    ).toEqual([
      ['layers[1]', 'layer-size'],
      ['weights[0][1]', 'wrong-length'],
      ['biases', 'biases-shape'],
    ]);
  });

  it('reports each field’s own problems with exact paths when the layers are right', () => {
    const weights = JSON.parse(JSON.stringify(LECTURE_SCENARIO.weights)) as unknown[][][];
    (weights[2] as unknown[][])[1] = [1, '2'];
    expect(
      pathsAndCodes({ ...lecture, weights, activation: ['sigmoid', 'tanh'], loss: 7 }),
    ).toEqual([
      ['activation', 'wrong-length'],
      ['loss', 'unknown-choice'],
      ['weights[2][1][1]', 'number-in-quotes'],
    ]);
  });

  it('never lists more than 25 problems', () => {
    const samples = Array.from({ length: 200 }, () => ({ x: ['a', 'b'], y: [null, null] }));
    expect(errorsOf({ ...lecture, layers: 'bad', samples })).toHaveLength(IssueList.MAX);
  });

  it('names the parameters of each issue, so no message is left with a placeholder', () => {
    const [layers] = errorsOf({ ...lecture, layers: 'x' });
    expect(layers).toEqual({
      path: 'layers',
      code: 'not-a-list',
      message: "must be a list of neuron counts, input layer first, found the text 'x'",
      params: { found: 'x', foundType: 'text' },
    });
    const [vector] = errorsOf({ ...lecture, biases: [[1, 0], 'b', [0, 0]] });
    expect(vector).toMatchObject({ code: 'not-an-array', params: { expected: 2, found: 'b' } });
  });
});

describe('parseScenario says what is true about numbers', () => {
  it('a weight of 1e999 is too large, and 1e-400 too small (JSON would store it as 0)', () => {
    const text = JSON.stringify(lecture)
      .replace('"weights":[[[1,', '"weights":[[[1e999,')
      .replace('"biases":[[1,', '"biases":[[1e-400,');
    const r = parseScenarioText(text);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['biases[0][0]', 'too-small', '1e-400 is too small: it would be stored as 0'],
      ['weights[0][0][0]', 'too-large', 'is too large (the largest is about 1.8 × 10³⁰⁸)'],
    ]);
  });

  it('a number written as text is named so, with the number to write', () => {
    const [issue] = errorsOf({ ...lecture, learningRate: '0,5' });
    expect(issue).toMatchObject({
      path: 'learningRate',
      code: 'number-in-quotes',
      params: { found: '0,5', number: '0.5' },
    });
  });

  it('quotes a pasted 10,000-character value by its start and its length', () => {
    const [issue] = errorsOf({ ...lecture, loss: 'h'.repeat(10_000) });
    expect(issue?.params).toMatchObject({ found: 'h'.repeat(32), foundLength: 10_000 });
    expect(issue?.message.length).toBeLessThan(200);
  });

  it('escapes invisible characters in the path of an unknown field', () => {
    const [issue] = errorsOf({ ...lecture, 'a\u202eb': 1 });
    expect(issue).toMatchObject({
      path: '["a\\u202eb"]',
      code: 'unknown-field',
      params: { field: 'a⟨U+202E⟩b' },
    });
  });
});
