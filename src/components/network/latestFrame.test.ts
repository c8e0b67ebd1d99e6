import { describe, expect, it } from 'vitest';
import { latestFrame } from './latestFrame';

/** A painter whose frames finish only when the test says so. */
function slowPainter() {
  const painted: number[] = [];
  const finish: (() => void)[] = [];
  const paint = (frame: number) =>
    new Promise<void>((resolve) => {
      painted.push(frame);
      finish.push(resolve);
    });
  return { painted, paint, next: () => finish.shift()?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestFrame', () => {
  it('paints the first frame at once and only the latest of those asked for meanwhile', async () => {
    const painter = slowPainter();
    const busy: boolean[] = [];
    const frames = latestFrame(
      () => painter.paint,
      (b) => busy.push(b),
    );
    const shown: number[] = [];
    for (const f of [1, 2, 3, 4]) void frames.show(f).then(() => shown.push(f));
    await tick();
    expect(painter.painted).toEqual([1]);
    painter.next();
    await tick();
    expect(painter.painted).toEqual([1, 4]);
    expect(shown).toEqual([]);
    painter.next();
    await tick();
    // Every caller is told once the latest frame is on the canvas.
    expect(shown).toEqual([1, 2, 3, 4]);
    expect(busy.at(-1)).toBe(false);
    expect(busy.slice(0, 4)).toEqual([true, true, true, true]);
  });

  it('goes on after a frame fails to paint', async () => {
    let calls = 0;
    const frames = latestFrame(
      () => (frame: number) => {
        calls++;
        return frame === 1 ? Promise.reject(new Error('lost')) : Promise.resolve();
      },
      () => undefined,
    );
    await frames.show(1);
    await frames.show(2);
    expect(calls).toBe(2);
  });

  it('repaints the latest frame with a new painter when the old one never answers', async () => {
    const stuck: number[] = [];
    const fresh: number[] = [];
    let paint = (frame: number) => {
      stuck.push(frame);
      return new Promise<void>(() => undefined);
    };
    const frames = latestFrame(
      () => paint,
      () => undefined,
    );
    const shown = frames.show(7);
    await tick();
    paint = (frame) => {
      fresh.push(frame);
      return Promise.resolve();
    };
    frames.again();
    await shown;
    expect(stuck).toEqual([7]);
    expect(fresh).toEqual([7]);
    // And the queue still works afterwards.
    await frames.show(8);
    expect(fresh).toEqual([7, 8]);
  });
});
