import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids, keys, parseScenario, type NetworkScenario, type Trace } from '../../engine';
import { translate } from '../../i18n/translate';
import { createAppStore } from '../../store/createAppStore';
import { defaultState } from '../../store/initialState';
import { diagramGeometry } from './diagramGeometry';
import type { LabelPart } from './labelKeys';
import { createLabelModel } from './labelModel';
import { MomentFeed, NOTIFY_PER_TASK, type Channel } from './momentFeed';

/** A network of `hidden` layers of `width` between two inputs and two outputs. */
function network(hidden: number, width: number): NetworkScenario {
  const parsed = parseScenario({
    version: 1,
    kind: 'network',
    layers: [2, ...Array.from({ length: hidden }, () => width), 2],
    activation: 'sigmoid',
    loss: 'half-sse',
    samples: [{ x: [1, -1], y: [1, 0] }],
    learningRate: 0.5,
    seed: 1,
  });
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('bad test network');
  return parsed.scenario;
}

/** Every element of the diagram, as the components ask for them. */
function elementsOf(layers: readonly number[]) {
  const moments: { id: string; parts: LabelPart[]; twin?: string }[] = [];
  const values: string[][] = [];
  const weights: [number, number, number][] = [];
  layers.forEach((n, l) => {
    for (let j = 0; j < n; j++) {
      moments.push({
        id: ids.neuron(l, j),
        parts: ['symbol'],
        twin: l > 0 ? ids.amp(l, j) : undefined,
      });
      values.push([keys.z(l, j), keys.a(l, j), keys.delta(l, j)]);
      if (l === 0) continue;
      moments.push({ id: ids.bias(l, j), parts: ['b', 'bgrad'] });
      moments.push({ id: ids.amp(l, j), parts: ['delta', 'input'], twin: ids.neuron(l, j) });
      values.push([keys.b(l, j), keys.db(l, j), keys.bNext(l, j)]);
      values.push([keys.gain(l, j), keys.dCda(l, j), keys.delta(l, j)]);
      for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
        moments.push({ id: ids.edge(l - 1, k, j), parts: ['w', 'grad', 'dzdw'] });
        weights.push([l - 1, k, j]);
        if (l > 1) moments.push({ id: ids.edge(l - 1, k, j), parts: ['rw'] });
        values.push([keys.dW(l - 1, k, j), keys.wNext(l - 1, k, j)]);
      }
    }
  });
  moments.push({ id: ids.loss, parts: [] });
  return { moments, values, weights };
}

/** A store on `net`, its diagram's feed with every element subscribed, and a fresh reader. */
function setUp(net: NetworkScenario) {
  const { store, select, actions } = createAppStore({ ...defaultState(), network: net });
  const { layout, titles } = diagramGeometry(
    net.layers,
    { presenter: false, box: { width: 1200, height: 800 } },
    (k, p) => translate('en', k, p),
  );
  // The label model of each trace, as the diagram gives it.
  const modelFor = (trace: Trace) =>
    createLabelModel({ layers: net.layers, layout, titles, value: (k) => trace.values.get(k) });
  const feed = new MomentFeed(store, select, modelFor);
  const { moments, values, weights } = elementsOf(net.layers);
  const told = new Map<Channel<object>, number>();
  const channels: Channel<object>[] = [
    ...moments.map((m) => feed.moment(m.id, m.parts, m.twin)),
    ...values.map(([a = '', b, c]) => feed.values(a, b, c)),
    ...weights.map(([l, k, j]) => feed.weight(l, k, j)),
  ];
  for (const c of channels) c.subscribe(() => told.set(c, (told.get(c) ?? 0) + 1));

  feed.start();
  /** What a feed made now, from the current state, reads: the truth to compare with. */
  const truth = () => {
    const fresh = new MomentFeed(store, select, modelFor);
    return [
      ...moments.map((m) => fresh.moment(m.id, m.parts, m.twin)),
      ...values.map(([a = '', b, c]) => fresh.values(a, b, c)),
      ...weights.map(([l, k, j]) => fresh.weight(l, k, j)),
    ].map((c) => c.getSnapshot());
  };
  return { store, actions, feed, channels, told, truth, ids: moments.map((m) => m.id) };
}

describe('MomentFeed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('after any walk of steps, jumps and focus changes, every element reads what a fresh feed reads', () => {
    const { actions, channels, truth, ids: elementIds, feed } = setUp(network(3, 4));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(1, -1, 1, 1).map((d) => ({ kind: 'step' as const, d })),
            fc.nat({ max: 400 }).map((c) => ({ kind: 'jump' as const, c })),
            fc
              .option(fc.constantFrom(...elementIds), { nil: null })
              .map((f) => ({ kind: 'focus' as const, f })),
          ),
          { maxLength: 25 },
        ),
        (moves) => {
          actions.setCursor(0);
          actions.setFocus(null);
          vi.runAllTimers();
          for (const move of moves) {
            if (move.kind === 'step') actions.stepBy(move.d);
            else if (move.kind === 'jump') actions.setCursor(move.c);
            else actions.setFocus(move.f);
            // Each element is right once the feed's later tasks have run.
            vi.runAllTimers();
            const expected = truth();
            channels.forEach((c, i) => expect(c.getSnapshot()).toEqual(expected[i]));
          }
        },
      ),
      { seed: 17, numRuns: 40 },
    );
    feed.stop();
  });

  it('a step of the 8 × 16 network re-renders a few elements, not thousands', () => {
    const { actions, channels, told, feed } = setUp(network(8, 16));
    expect(channels.length).toBeGreaterThan(5000);
    actions.setCursor(40);
    vi.runAllTimers();
    told.clear();
    actions.stepBy(1);
    vi.runAllTimers();
    const count = [...told.values()].reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(60);
    feed.stop();
  });

  it('Apply update (a new trace of the same network) reaches the elements a slice at a time, with the new trace’s labels', () => {
    const { store, actions, channels, told, truth, feed } = setUp(network(8, 16));
    actions.setCursor(Number.MAX_SAFE_INTEGER);
    vi.runAllTimers();
    told.clear();
    actions.applyUpdate();
    expect(store.getState().cursor).toBe(0);
    expect(told.size).toBeLessThanOrEqual(NOTIFY_PER_TASK + 20);
    vi.runAllTimers();
    const expected = truth();
    channels.forEach((c, i) => expect(c.getSnapshot()).toEqual(expected[i]));
    // …and at the end of the new pass, with its values and its labels' places.
    actions.setCursor(Number.MAX_SAFE_INTEGER);
    vi.runAllTimers();
    const atEnd = truth();
    channels.forEach((c, i) => expect(c.getSnapshot()).toEqual(atEnd[i]));
    feed.stop();
  });

  it('sizes its slices from how long the last one took: slow renders make smaller slices', async () => {
    const { actions, channels, told, truth, feed } = setUp(network(8, 16));
    // Each element's render takes 1 ms of a clock the test moves: 150 take 150 ms.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    for (const c of channels) c.subscribe(() => (clock += 1));
    told.clear();
    actions.setCursor(Number.MAX_SAFE_INTEGER);
    const first = told.size;
    expect(first).toBeGreaterThan(100);
    // The microtask after React's render times it; the next slice is fitted to 16 ms.
    await Promise.resolve();
    const tellings = () => [...told.values()].reduce((a, b) => a + b, 0);
    const before = tellings();
    vi.advanceTimersToNextTimer();
    await Promise.resolve();
    expect(tellings() - before).toBeLessThanOrEqual(16);
    expect(tellings() - before).toBeGreaterThan(0);
    vi.runAllTimers();
    const expected = truth();
    channels.forEach((c, i) => expect(c.getSnapshot()).toEqual(expected[i]));
    feed.stop();
    vi.restoreAllMocks();
  });

  it('End re-renders a slice of the elements in its own task; the rest follow in later ones', () => {
    const { store, actions, channels, told, truth, feed } = setUp(network(8, 16));
    told.clear();
    actions.setCursor(Number.MAX_SAFE_INTEGER);
    expect(store.getState().cursor).toBeGreaterThan(1000);
    const first = told.size;
    expect(first).toBeGreaterThan(0);
    // The slice, and the current step's own elements.
    expect(first).toBeLessThanOrEqual(NOTIFY_PER_TASK + 20);
    vi.runAllTimers();
    expect(told.size).toBeGreaterThan(first * 3);
    const expected = truth();
    channels.forEach((c, i) => expect(c.getSnapshot()).toEqual(expected[i]));
    feed.stop();
  });
});
