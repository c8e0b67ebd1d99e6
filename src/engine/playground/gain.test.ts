import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_FNS } from '../network/activations';
import { ACTIVATIONS } from '../network/types';
import { GAIN_FROM_OUTPUT, activationOf } from './gain';

describe('σ′ from the output', () => {
  it.each(ACTIVATIONS)('%s agrees with the engine’s σ′(z)', (name) => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        const a = ACTIVATION_FNS[name].f(z);
        const expected = ACTIVATION_FNS[name].df(z);
        expect(Math.abs(GAIN_FROM_OUTPUT[name](z, a) - expected)).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it('uses the engine’s own σ', () => {
    for (const name of ACTIVATIONS) expect(activationOf(name)).toBe(ACTIVATION_FNS[name].f);
  });
});
