import { describe, expect, it } from 'vitest';
import { graphPresetScenario, isGraphStep } from '../../engine';
import { activeTags, dlfsListing } from './dlfsCode';
import { presetView } from './testViews';

describe('dlfsListing', () => {
  it('writes the apple script with the current inputs', () => {
    const view = presetView('apple');
    const listing = dlfsListing(view.analysis, view.scenario.expression, {
      ...view.scenario.inputs,
      apple: 150,
    });
    expect(listing?.usage.map((l) => l.text)).toContain('const apple = 150;');
    expect(listing?.usage.map((l) => l.text)).toContain(
      'const [dApple, dAppleNum] = mulAppleLayer.backward(dApplePrice);',
    );
    expect(listing?.layers.some((l) => l.text.startsWith('class AddLayer'))).toBe(false);
  });

  it('is only for the DLFS examples', () => {
    const view = presetView('cs231n-add-mul');
    expect(dlfsListing(view.analysis, view.scenario.expression, view.scenario.inputs)).toBeNull();
  });

  it.each(['apple', 'apple-orange'] as const)(
    '%s: each step highlights its own call and its layer’s method',
    (id) => {
      const view = presetView(id);
      const { expression, inputs } = graphPresetScenario(id);
      const listing = dlfsListing(view.analysis, expression, inputs);
      if (listing === null) throw new Error('no listing');
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
        expect(method.length).toBe(step.kind === 'seed' ? 0 : step.params.op === 'mul' ? 5 : 3);
        const direction = step.kind === 'gate-forward' ? 'forward(' : 'backward(';
        if (step.kind !== 'seed') expect(method[0]?.text).toContain(direction);
      }
      // Every step runs a different line of the script.
      expect(calls.size).toBe(view.trace.steps.length);
    },
  );
});
