import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { valueAt } from '../trace';
import { LECTURE_SCENARIO } from './lecture';
import { lazyNetworkTrace } from './lazyTrace';
import { buildNetworkTrace } from './trace';
import type { NetworkScenario } from './types';

/** Checks that the lazy trace of `scenario` is the eager one, step by step and key by key. */
function expectSameTrace(scenario: NetworkScenario, sample: number) {
  const eager = buildNetworkTrace(scenario, sample);
  const lazy = lazyNetworkTrace(scenario, sample);
  expect(lazy.steps.length).toBe(eager.steps.length);
  expect(lazy.phases).toEqual(eager.phases);
  // Read in a scattered order, as a person stepping back and forth would.
  const order = eager.steps.map((_, i) => (i * 7919) % eager.steps.length);
  for (const i of order) expect(lazy.steps[i]).toEqual(eager.steps[i]);
  for (const [name, a, b] of [
    ['values', eager.values, lazy.values],
    ['revealedAt', eager.revealedAt, lazy.revealedAt],
  ] as const) {
    expect([...b.keys()], name).toEqual([...a.keys()]);
    expect(b.size, name).toBe(a.size);
    for (const [key, value] of a) {
      expect(Object.is(b.get(key), value), `${name} ${key}`).toBe(true);
      expect(b.has(key)).toBe(true);
    }
  }
  // Its facts are the eager steps' kinds and numbers, read without making a step.
  const facts = lazyNetworkTrace(scenario, sample).facts;
  eager.steps.forEach((step, i) => {
    const fact = facts?.fact(i);
    const update = step.kind === 'update-w' || step.kind === 'update-b';
    expect(fact?.kind, `fact ${i}`).toBe(step.kind);
    expect(Object.is(fact?.result, step.result), `result ${i}`).toBe(true);
    const change = update ? step.result - (step.operands[0]?.value ?? NaN) : NaN;
    expect(Object.is(fact?.change, change), `change ${i}`).toBe(true);
    expect(fact?.output).toBe(step.kind === 'a' ? step.params.output : 0);
  });
  expect(facts?.fact(eager.steps.length)).toBeUndefined();
  for (const key of [...eager.values.keys()].slice(0, 40))
    for (const cursor of [0, 3, eager.steps.length])
      expect(valueAt(lazy, key, cursor)).toBe(valueAt(eager, key, cursor));
}

describe('the lazy network trace is the eager one', () => {
  it('for the lecture example', () => {
    expectSameTrace(LECTURE_SCENARIO, 0);
  });

  it('for random networks and examples', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), fc.nat(), (scenario, n) => {
        expectSameTrace(scenario, n % scenario.samples.length);
      }),
      { seed: 2026, numRuns: 60 },
    );
  });

  it('holds no key the eager trace does not', () => {
    const lazy = lazyNetworkTrace(LECTURE_SCENARIO);
    for (const key of [
      'z:0:0',
      'a:9:0',
      'a:0:2',
      'w:0:0:9',
      'w:3:0:0',
      'z:01:0',
      'z:1',
      'loss:1',
      'b:0:0',
      'dW:3:0:0',
      'y:2',
      'db:1:-1',
      'nope',
      '',
    ])
      expect(lazy.values.get(key), key).toBeUndefined();
    expect(lazy.revealedAt.get('w:0:0:0')).toBeUndefined();
  });

  it('behaves as an array: map, spread, in, and nothing can be written', () => {
    const eager = buildNetworkTrace(LECTURE_SCENARIO);
    const lazy = lazyNetworkTrace(LECTURE_SCENARIO);
    expect(lazy.steps.map((s) => s.kind)).toEqual(eager.steps.map((s) => s.kind));
    expect([...lazy.steps]).toEqual([...eager.steps]);
    expect(60 in lazy.steps).toBe(true);
    expect(61 in lazy.steps).toBe(false);
    expect(lazy.steps[61]).toBeUndefined();
    expect(Array.isArray(lazy.steps)).toBe(true);
    expect(Reflect.set(lazy.steps, 0, null)).toBe(false);
    expect(lazy.steps.slice(59)).toEqual(eager.steps.slice(59));
  });
});
