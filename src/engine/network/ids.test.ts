import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idOf, ids, parseId, type ElementId } from './ids';

const index = fc.nat({ max: 999_999_999 });
const element: fc.Arbitrary<ElementId> = fc.oneof(
  fc.record({ kind: fc.constant('neuron' as const), layer: index, j: index }),
  fc.record({ kind: fc.constant('edge' as const), layer: index, k: index, j: index }),
  fc.record({ kind: fc.constant('bias' as const), layer: index, j: index }),
  fc.record({ kind: fc.constant('amp' as const), layer: index, j: index }),
  fc.record({ kind: fc.constant('target' as const), j: index }),
  fc.constant({ kind: 'loss' as const }),
);

describe('parseId', () => {
  it('reads back what the id builders write', () => {
    expect(parseId(ids.neuron(2, 1))).toEqual({ kind: 'neuron', layer: 2, j: 1 });
    expect(parseId(ids.edge(1, 0, 3))).toEqual({ kind: 'edge', layer: 1, k: 0, j: 3 });
    expect(parseId(ids.bias(3, 0))).toEqual({ kind: 'bias', layer: 3, j: 0 });
    expect(parseId(ids.amp(1, 12))).toEqual({ kind: 'amp', layer: 1, j: 12 });
    expect(parseId(ids.target(1))).toEqual({ kind: 'target', j: 1 });
    expect(parseId(ids.loss)).toEqual({ kind: 'loss' });
  });

  it('round-trips every element: parseId(idOf(e)) is e', () => {
    fc.assert(
      fc.property(element, (e) => {
        expect(parseId(idOf(e))).toEqual(e);
      }),
      { numRuns: 500, seed: 31 },
    );
  });

  it('round-trips every id it accepts: idOf(parseId(id)) is id', () => {
    const candidate = fc.oneof(
      fc.stringMatching(/^(neuron|bias|amp|edge|target)(-[0-9]{1,3}){1,3}$/),
      fc.string(),
    );
    fc.assert(
      fc.property(candidate, (id) => {
        const parsed = parseId(id);
        if (parsed !== null) expect(idOf(parsed)).toBe(id);
      }),
      { numRuns: 1000, seed: 32 },
    );
  });

  it.each([
    'gate-g3',
    'var-x',
    'graph-output',
    'neuron-01-0',
    'neuron-1',
    'edge-1-2',
    'bias-1-0-2',
    'target-1-0',
    'neuron-1-0 ',
    'loss-1',
    'neuron-1234567890-0',
    '',
  ])('names no network element with %j', (id) => {
    expect(parseId(id)).toBeNull();
  });
});
