import { describe, expect, it } from 'vitest';
import { indexScene, overlay, placeLabels, type LabelRequest } from './labelPlacement';
import { rectsOverlap, segmentHitsRect } from './spatialIndex';

const scene = (extra: Partial<Parameters<typeof indexScene>[0]> = {}) =>
  indexScene({
    obstacles: [],
    wires: [],
    bounds: { x0: 0, y0: 0, x1: 400, y1: 300 },
    gap: 2,
    ...extra,
  });

const label = (id: string, at: { x: number; y: number }[], extra: Partial<LabelRequest> = {}) =>
  ({ id, width: 40, height: 14, at, wires: 'avoid', ...extra }) satisfies LabelRequest;

describe('placeLabels', () => {
  it('gives a label its first free candidate and moves the next one along', () => {
    const result = placeLabels(scene(), [
      label('a', [{ x: 100, y: 100 }]),
      label('b', [
        { x: 110, y: 104 },
        { x: 100, y: 130 },
      ]),
    ]);
    expect(result.placed.get('a')?.center).toEqual({ x: 100, y: 100 });
    // b's first place would cover a: it takes its second.
    expect(result.placed.get('b')?.center).toEqual({ x: 100, y: 130 });
    expect(result.left.size).toBe(0);
  });

  it('leaves out a label with no free place rather than overlapping', () => {
    const result = placeLabels(scene(), [
      label('a', [{ x: 100, y: 100 }]),
      label('b', [{ x: 105, y: 100 }]),
    ]);
    expect(result.placed.has('b')).toBe(false);
    expect([...result.left]).toEqual(['b']);
  });

  it('keeps labels off nodes and inside the diagram', () => {
    const node = { x0: 90, y0: 90, x1: 110, y1: 110 };
    const result = placeLabels(scene({ obstacles: [node] }), [
      label('on-node', [
        { x: 100, y: 100 },
        { x: 100, y: 60 },
      ]),
      label('outside', [{ x: 5, y: 5 }]),
    ]);
    expect(result.placed.get('on-node')?.center).toEqual({ x: 100, y: 60 });
    expect(result.placed.has('outside')).toBe(false);
  });

  it('keeps labels the gap apart, not only apart', () => {
    const result = placeLabels(scene(), [
      label('a', [{ x: 100, y: 100 }]),
      // Boxes would touch with 1 px between them: less than the 2 px gap.
      label('b', [{ x: 141, y: 100 }]),
    ]);
    expect(result.placed.has('b')).toBe(false);
  });

  it('lets a label sit on its own wire but not on another element’s', () => {
    const own = { a: { x: 0, y: 100 }, b: { x: 400, y: 100 }, owner: 'edge-0-0-0' };
    const other = { a: { x: 200, y: 0 }, b: { x: 200, y: 300 }, owner: 'edge-0-1-0' };
    const wires = [own, other];
    const result = placeLabels(scene({ wires }), [
      label('over-crossing', [{ x: 200, y: 100 }], { owner: 'edge-0-0-0' }),
      label(
        'beside-crossing',
        [
          { x: 200, y: 100 },
          { x: 120, y: 100 },
        ],
        { owner: 'edge-0-0-0' },
      ),
    ]);
    // The only place of the first is where the other wire crosses: it is left out.
    expect(result.placed.has('over-crossing')).toBe(false);
    expect(result.placed.get('beside-crossing')?.center).toEqual({ x: 120, y: 100 });
  });

  it('places a label the lesson needs over as few wires as it must', () => {
    const wires = [
      { a: { x: 100, y: 0 }, b: { x: 100, y: 300 }, owner: 'w1' },
      { a: { x: 110, y: 0 }, b: { x: 110, y: 300 }, owner: 'w2' },
      { a: { x: 200, y: 0 }, b: { x: 200, y: 300 }, owner: 'w3' },
    ];
    const result = placeLabels(scene({ wires }), [
      label(
        'needed',
        [
          { x: 105, y: 50 },
          { x: 200, y: 50 },
        ],
        { wires: 'allow' },
      ),
    ]);
    expect(result.placed.get('needed')?.center).toEqual({ x: 200, y: 50 });
  });
});

describe('overlay', () => {
  it('brings a left-out label in for the moment, hiding the standing label it covers', () => {
    const indexed = scene();
    const base = placeLabels(indexed, [
      label('standing', [{ x: 100, y: 100 }]),
      label('left', [{ x: 104, y: 100 }]),
    ]);
    expect(base.placed.has('left')).toBe(false);
    const moment = overlay(indexed, base, [
      label('left', [{ x: 104, y: 100 }], { wires: 'allow' }),
    ]);
    expect(moment.added.get('left')?.center).toEqual({ x: 104, y: 100 });
    expect([...moment.hidden]).toEqual(['standing']);
  });

  it('never hides a label the same moment demands', () => {
    const indexed = scene();
    const base = placeLabels(indexed, [
      label('kept', [{ x: 100, y: 100 }]),
      label('left', [{ x: 104, y: 100 }]),
    ]);
    const moment = overlay(indexed, base, [
      label('kept', [{ x: 100, y: 100 }]),
      label('left', [
        { x: 104, y: 100 },
        { x: 104, y: 140 },
      ]),
    ]);
    expect(moment.hidden.has('kept')).toBe(false);
    expect(moment.added.get('left')?.center).toEqual({ x: 104, y: 140 });
  });
});

describe('segmentHitsRect', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('finds a wire through a box, and misses one beside it', () => {
    expect(segmentHitsRect({ a: { x: 0, y: 0 }, b: { x: 30, y: 30 }, owner: '' }, box)).toBe(true);
    expect(segmentHitsRect({ a: { x: 0, y: 30 }, b: { x: 30, y: 25 }, owner: '' }, box)).toBe(
      false,
    );
    expect(segmentHitsRect({ a: { x: 12, y: 12 }, b: { x: 13, y: 13 }, owner: '' }, box)).toBe(
      true,
    );
  });
  it('tells touching boxes from overlapping ones', () => {
    expect(rectsOverlap(box, { x0: 20, y0: 10, x1: 30, y1: 20 })).toBe(false);
    expect(rectsOverlap(box, { x0: 19, y0: 10, x1: 30, y1: 20 })).toBe(true);
  });
});
