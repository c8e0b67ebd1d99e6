import { describe, expect, it } from 'vitest';
import { RunWatch } from './watch';

/** A loss that grows 5 % a step for `steps` steps from `from`. */
function rising(from: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, i) => from * 1.05 ** i);
}

describe('RunWatch', () => {
  it('withdraws a rising warning once the loss is back below where the rise began', () => {
    const watch = new RunWatch();
    rising(0.2, 12).forEach((loss, t) => watch.observe(t, loss));
    expect(watch.warning).toMatchObject({ code: 'rising' });
    watch.observe(12, 0.25);
    expect(watch.warning).toMatchObject({ code: 'rising' });
    watch.observe(13, 0.15);
    expect(watch.warning).toBeNull();
  });

  it('keeps every other warning: a loss far above its start stays exploding after it falls', () => {
    const watch = new RunWatch();
    watch.observe(0, 0.5);
    watch.observe(1, 80);
    expect(watch.warning).toMatchObject({ code: 'exploding' });
    watch.observe(2, 0.1);
    expect(watch.warning).toMatchObject({ code: 'exploding' });
  });

  it('rebuilds the same verdict from a stretch of losses as when fed step by step', () => {
    const losses = [...rising(0.2, 12), 0.15, ...rising(0.15, 12)];
    const fed = new RunWatch();
    losses.forEach((loss, t) => fed.observe(t, loss));
    const rebuilt = new RunWatch();
    rebuilt.rebuild(losses, 0, losses.length - 1);
    expect(rebuilt.warning).toEqual(fed.warning);
    // The warning is the second rise's (the first was withdrawn at step 12).
    expect(fed.warning?.code).toBe('rising');
    expect(fed.warning?.iteration).toBeGreaterThan(12);
    const early = new RunWatch();
    early.rebuild(losses, 0, 12);
    expect(early.warning).toBeNull();
  });
});
