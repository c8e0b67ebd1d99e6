import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { InputIssue } from '../issues';
import { MAX_GRAPH_VARIABLES, parseGraphScenario } from './scenario';

const valid = {
  version: 1,
  kind: 'graph',
  expression: '(x + y) * z',
  inputs: { x: -2, y: 5, z: -4 },
};

const errors = (input: unknown): readonly InputIssue[] => {
  const result = parseGraphScenario(input);
  if (result.ok) throw new Error('accepted');
  return result.errors;
};

describe('parseGraphScenario', () => {
  it('accepts the DESIGN.md example and normalises the order of inputs', () => {
    const result = parseGraphScenario({ ...valid, inputs: { z: -4, y: 5, x: -2 } });
    expect(result).toEqual({ ok: true, scenario: valid });
    if (result.ok) expect(Object.keys(result.scenario.inputs)).toEqual(['x', 'y', 'z']);
  });

  it('accepts an expression without variables', () => {
    expect(
      parseGraphScenario({ version: 1, kind: 'graph', expression: '2 * 3', inputs: {} }).ok,
    ).toBe(true);
  });

  it.each<[unknown, string, string]>([
    [null, '', 'not-an-object'],
    [[valid], '', 'not-an-object'],
    ['{"kind":"graph"}', '', 'not-an-object'],
    [{ ...valid, version: 2 }, 'version', 'unsupported-version'],
    [{ ...valid, version: '1' }, 'version', 'unsupported-version'],
    [{ ...valid, kind: 'network' }, 'kind', 'wrong-kind'],
    [{ ...valid, expression: 42 }, 'expression', 'not-a-string'],
    [{ ...valid, inputs: [1, 2, 3] }, 'inputs', 'not-an-object'],
    [{ ...valid, inputs: null }, 'inputs', 'not-an-object'],
    [{ ...valid, extra: true }, 'extra', 'unknown-key'],
    [{ ...valid, 'two words': true }, '["two words"]', 'unknown-key'],
  ])('rejects %j at %j (%s)', (input, path, code) => {
    expect(errors(input)).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports the parser error at `expression`, with its column', () => {
    expect(errors({ ...valid, expression: 'sigmod(x)' })).toEqual([
      {
        path: 'expression',
        code: 'misspelt-function',
        message: "unknown function 'sigmod' at column 1 \u2014 did you mean sigmoid?",
        params: { name: 'sigmod', suggestion: 'sigmoid', column: 1 },
      },
    ]);
  });

  it('wants exactly one finite number per variable', () => {
    expect(errors({ ...valid, inputs: { x: 1, y: 2 } })).toEqual([
      {
        path: 'inputs.z',
        code: 'missing-input',
        message: "no value for variable 'z'",
        params: { name: 'z' },
      },
    ]);
    expect(errors({ ...valid, inputs: { x: 1, y: 2, z: 3, w: 4 } })).toEqual([
      {
        path: 'inputs.w',
        code: 'unknown-input',
        message: "'w' is not a variable of the expression",
        params: { name: 'w' },
      },
    ]);
    const bad = errors({ ...valid, inputs: { x: '1', y: null, z: Infinity } });
    expect(bad.map((e) => [e.path, e.code])).toEqual([
      ['inputs.x', 'number-in-quotes'],
      ['inputs.y', 'not-a-number'],
      ['inputs.z', 'too-large'],
    ]);
    expect(errors({ ...valid, inputs: { x: 1, y: 2, z: 3, 'a-b': 4 } })[0]?.path).toBe(
      'inputs["a-b"]',
    );
  });

  it('rejects prototype keys without touching any prototype', () => {
    const hostile: unknown = JSON.parse(
      '{"version":1,"kind":"graph","expression":"x","inputs":{"x":1,"__proto__":{"polluted":1},"constructor":2}}',
    );
    expect(errors(hostile).map((e) => [e.path, e.code])).toEqual([
      ['inputs.__proto__', 'reserved-name'],
      ['inputs.constructor', 'reserved-name'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const topLevel: unknown = JSON.parse(
      '{"__proto__":{"kind":"graph","version":1},"expression":"x","inputs":{"x":1}}',
    );
    expect(errors(topLevel).map((e) => e.code)).toEqual([
      'unknown-key',
      'wrong-kind',
      'unsupported-version',
    ]);
    expect(errors({ ...valid, expression: 'constructor * x', inputs: { x: 1 } })[0]?.code).toBe(
      'reserved-name',
    );
  });

  it('ignores inherited properties', () => {
    const inherited: unknown = Object.assign(Object.create({ x: 1, y: 2, z: 3 }) as object, {});
    expect(errors({ ...valid, inputs: inherited }).map((e) => e.code)).toEqual([
      'missing-input',
      'missing-input',
      'missing-input',
    ]);
  });

  it('accepts variables named like Object.prototype members, as own keys of a fresh object', () => {
    const result = parseGraphScenario({
      version: 1,
      kind: 'graph',
      expression: 'toString * valueOf',
      inputs: { toString: 2, valueOf: 3 },
    });
    expect(result.ok && result.scenario.inputs).toEqual({ toString: 2, valueOf: 3 });
  });

  it(`allows at most ${MAX_GRAPH_VARIABLES} variables`, () => {
    const names = Array.from({ length: MAX_GRAPH_VARIABLES + 1 }, (_, i) => `v${i}`);
    const inputs = Object.fromEntries(names.map((n) => [n, 1]));
    expect(errors({ version: 1, kind: 'graph', expression: names.join(' + '), inputs })).toEqual([
      expect.objectContaining({
        path: 'expression',
        code: 'too-many-variables',
        params: { count: 51, limit: 50 },
      }),
    ]);
    const fifty = names.slice(0, MAX_GRAPH_VARIABLES);
    const ok = parseGraphScenario({
      version: 1,
      kind: 'graph',
      expression: fifty.join(' + '),
      inputs: Object.fromEntries(fifty.map((n) => [n, 1])),
    });
    expect(ok.ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(errors(hostile)).toEqual([
      { path: '', code: 'unreadable', message: 'the scenario could not be read' },
    ]);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseGraphScenario(input).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.string())),
        (expression, inputs) => {
          expect(
            typeof parseGraphScenario({ version: 1, kind: 'graph', expression, inputs }).ok,
          ).toBe('boolean');
        },
      ),
    );
  });
});
