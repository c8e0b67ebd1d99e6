import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeGraph } from '../../engine';
import { canDrawOffThread, startGraphDrawer } from './graphDrawer';
import { drawGraph } from './graphDrawing';

const analysisOf = (expression: string) =>
  analyzeGraph({ version: 1, kind: 'graph', expression, inputs: { x: 2, y: 3 } });

afterEach(() => {
  vi.useRealTimers();
});

describe('startGraphDrawer on this thread (file://, or no Worker)', () => {
  it('never starts a worker from file://', () => {
    expect(canDrawOffThread('file:')).toBe(false);
  });

  it('draws what it is asked, after the current task', async () => {
    vi.useFakeTimers();
    const drawer = startGraphDrawer('file:');
    const a = analysisOf('x * y + x');
    let drawn: unknown = 'not yet';
    void drawer.draw(a).then((d) => (drawn = d));
    await Promise.resolve();
    // Nothing is laid out in the task that asked.
    expect(drawn).toBe('not yet');
    await vi.runAllTimersAsync();
    expect(drawn).toEqual(drawGraph(a));
    drawer.dispose();
  });

  it('coalesces requests made while one is laid out to the latest', async () => {
    vi.useFakeTimers();
    const drawer = startGraphDrawer('file:');
    const [a, b, c] = [analysisOf('x + y'), analysisOf('x * y'), analysisOf('x - y')];
    const first = drawer.draw(a);
    const skipped = drawer.draw(b);
    const last = drawer.draw(c);
    await vi.runAllTimersAsync();
    expect(await first).toEqual(drawGraph(a));
    expect(await skipped).toBeNull();
    expect(await last).toEqual(drawGraph(c));
    drawer.dispose();
  });

  it('settles what waits with null once disposed', async () => {
    vi.useFakeTimers();
    const drawer = startGraphDrawer('file:');
    const running = drawer.draw(analysisOf('x + y'));
    const waiting = drawer.draw(analysisOf('x * y'));
    drawer.dispose();
    await vi.runAllTimersAsync();
    expect(await waiting).toBeNull();
    expect(await running).toBeNull();
  });
});
