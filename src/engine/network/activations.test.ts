import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_SPECS, LEAK } from './activations';
import { ACTIVATIONS } from './types';

/** z away from the kink at 0, where a central difference is exact enough. */
const smoothZ = fc.double({ min: -6, max: 6, noNaN: true }).filter((z) => Math.abs(z) > 1e-3);

describe.each(ACTIVATIONS)('the spec of %s', (name) => {
  const spec = ACTIVATION_SPECS[name];

  it('has a derivative that agrees with central differences of the function', () => {
    fc.assert(
      fc.property(smoothZ, (z) => {
        const h = 1e-6;
        const numeric = (spec.f(z + h) - spec.f(z - h)) / (2 * h);
        expect(Math.abs(spec.df(z) - numeric)).toBeLessThan(1e-6);
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('gives the same gain from the output as from z, to the last bit', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (z) => {
        expect(Object.is(spec.gain(z, spec.f(z)), spec.df(z))).toBe(true);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it("runs the Trainer's layer loops exactly as the scalar functions, element by element", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (values, upstream) => {
          const z = Float64Array.from(values);
          const a = new Float64Array(z.length);
          spec.layer.activate(z, a);
          const d = new Float64Array(z.length).fill(upstream);
          spec.layer.scaleByGain(z, a, d);
          values.forEach((zi, i) => {
            expect(Object.is(a[i], spec.f(zi))).toBe(true);
            expect(Object.is(d[i], spec.gain(zi, spec.f(zi)) * upstream)).toBe(true);
          });
        },
      ),
      { numRuns: 200, seed: 23 },
    );
  });

  it('writes TeX in z and Python that defines the function and its derivative', () => {
    expect(spec.tex.formula).toContain('z');
    expect(spec.tex.derivative).toContain("'");
    expect(spec.python.name).toMatch(/^[a-z_][a-z0-9_]*$/);
    expect(spec.python.code[0]).toBe(`def ${spec.python.name}(z):`);
    expect(spec.python.code).toContain(`def ${spec.python.name}_prime(z):`);
  });
});

describe('the activations, by value', () => {
  it('takes the left slope at the kinks and the documented leak', () => {
    expect(ACTIVATION_SPECS.relu.df(0)).toBe(0);
    expect(ACTIVATION_SPECS['leaky-relu'].df(0)).toBe(LEAK);
    expect(ACTIVATION_SPECS['leaky-relu'].f(-2)).toBe(-0.02);
    expect(ACTIVATION_SPECS.sigmoid.f(0)).toBe(0.5);
    expect(ACTIVATION_SPECS.sigmoid.df(0)).toBe(0.25);
    expect(ACTIVATION_SPECS.tanh.df(0)).toBe(1);
    expect(ACTIVATION_SPECS.linear.df(123)).toBe(1);
  });

  it('writes the leak into the TeX and the Python from the one constant', () => {
    const leaky = ACTIVATION_SPECS['leaky-relu'];
    expect(leaky.tex.formula).toBe('\\max(0.01z, z)');
    expect(leaky.python.code.join('\n')).toContain('np.where(z > 0, z, 0.01 * z)');
  });
});
