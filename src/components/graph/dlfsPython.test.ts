import { describe, expect, it } from 'vitest';
import { graphPresetScenario, isGraphStep } from '../../engine';
import { activeTags } from './dlfsCode';
import { dlfsListings, dlfsPythonListing } from './dlfsPython';
import { pyCombine, pyIntText, pyLiteral, pyText } from './pythonValues';
import { presetView, viewOf } from './testViews';

const python = (id: 'apple' | 'apple-orange', inputs?: Record<string, number>) => {
  const scenario = { ...graphPresetScenario(id), ...(inputs ? { inputs } : {}) };
  const view = viewOf(scenario);
  const listing = dlfsPythonListing(view.analysis, scenario.expression, scenario.inputs);
  if (listing === null) throw new Error('no listing');
  return { listing, view };
};

describe('the book’s Python', () => {
  it('is the apple script with MulLayer’s forward and backward', () => {
    const { listing } = python('apple');
    const usage = listing.usage.map((l) => l.text);
    expect(usage).toContain('mul_apple_layer = MulLayer()');
    expect(usage).toContain('apple_price = mul_apple_layer.forward(apple, apple_num)');
    expect(usage).toContain('dapple, dapple_num = mul_apple_layer.backward(dapple_price)');
    expect(usage).toContain('print("dApple_num:", int(dapple_num))');
    const layers = listing.layers.map((l) => l.text);
    expect(layers).toContain('class MulLayer:');
    expect(layers).toContain('        dx = dout * self.y  # x gets y');
    expect(layers).not.toContain('class AddLayer:');
    expect(listing.comment).toBe('#');
  });

  it('prints what the book’s script prints: price 220, dApple 2.2, dApple_num 110, dTax 200', () => {
    expect(python('apple').listing.printout).toEqual([
      'price: 220',
      'dApple: 2.2',
      'dApple_num: 110',
      'dTax: 200',
    ]);
  });

  it('prints the apples and oranges, float rounding and all, as Python 3 does', () => {
    // 1.1 * 3 is 3.3000000000000003 in float64, and Python's repr shows it.
    expect(1.1 * 3).toBe(3.3000000000000003);
    expect(python('apple-orange').listing.printout).toEqual([
      'price: 715',
      'dApple: 2.2',
      'dApple_num: 110',
      'dOrange: 3.3000000000000003',
      'dOrange_num: 165',
      'dTax: 650',
    ]);
  });

  it('follows edited inputs, with Python’s ints and floats', () => {
    const { listing } = python('apple', { apple: 150, apple_num: 2.5, tax: 2 });
    expect(listing.usage.map((l) => l.text)).toContain('apple_num = 2.5');
    // dtax = dprice · apple_price = 1 · 375.0, a float since apple_num is one.
    expect(listing.printout).toEqual([
      'price: 750',
      'dApple: 5.0',
      'dApple_num: 300',
      'dTax: 375.0',
    ]);
  });

  it.each(['apple', 'apple-orange'] as const)(
    '%s: each step highlights its own line of the script and its layer’s method',
    (id) => {
      const view = presetView(id);
      const { listing } = python(id);
      const calls = new Set<number>();
      for (const step of view.trace.steps) {
        if (!isGraphStep(step)) throw new Error(`not a graph step: ${step.kind}`);
        const tags = activeTags(step);
        const current = listing.usage.flatMap((l, i) =>
          l.tags.some((t) => tags.has(t)) ? [i] : [],
        );
        expect(current, step.kind).toHaveLength(1);
        calls.add(current[0] ?? -1);
        const method = listing.layers.filter((l) => l.tags.some((t) => tags.has(t)));
        if (step.kind === 'seed') expect(method).toHaveLength(0);
        else
          expect(method[0]?.text).toContain(
            step.kind === 'gate-forward' ? 'def forward(' : 'def backward(',
          );
      }
      expect(calls.size).toBe(view.trace.steps.length);
    },
  );

  it('comes with the TypeScript as a second listing, only for the DLFS examples', () => {
    const apple = presetView('apple');
    const both = dlfsListings(apple.analysis, apple.scenario.expression, apple.scenario.inputs);
    expect(both?.python.language).toBe('python');
    expect(both?.typescript.usage.map((l) => l.text)).toContain(
      'const [dApple, dAppleNum] = mulAppleLayer.backward(dApplePrice);',
    );
    const other = presetView('cs231n-add-mul');
    expect(
      dlfsListings(other.analysis, other.scenario.expression, other.scenario.inputs),
    ).toBeNull();
  });
});

describe('Python’s numbers', () => {
  it('writes floats as repr does and ints as ints', () => {
    expect(pyText(pyLiteral(100))).toBe('100');
    expect(pyText(pyLiteral(1.1))).toBe('1.1');
    expect(pyText({ value: 2, isInt: false })).toBe('2.0');
    expect(pyText({ value: 0.00001, isInt: false })).toBe('1e-05');
    expect(pyText({ value: 0.0001, isInt: false })).toBe('0.0001');
    expect(pyText({ value: 1e16, isInt: false })).toBe('1e+16');
    expect(pyText({ value: 1.5e15, isInt: false })).toBe('1500000000000000.0');
    expect(pyText({ value: Infinity, isInt: false })).toBe('inf');
    expect(pyCombine(200, pyLiteral(100), pyLiteral(2)).isInt).toBe(true);
    expect(pyCombine(220.00000000000003, pyLiteral(200), pyLiteral(1.1)).isInt).toBe(false);
  });

  it('truncates through int(), and says why it cannot for infinity', () => {
    expect(pyIntText({ value: 220.00000000000003, isInt: false })).toEqual({
      ok: true,
      text: '220',
    });
    expect(pyIntText({ value: -2.7, isInt: false })).toEqual({ ok: true, text: '-2' });
    expect(pyIntText({ value: Infinity, isInt: false }).ok).toBe(false);
  });
});
