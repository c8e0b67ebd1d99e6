import { describe, expect, it } from 'vitest';
import {
  buildNetworkTrace,
  LECTURE_SCENARIO,
  parseScenario,
  type NetworkScenario,
  type Trace,
} from '../../engine';
import { translate, type Language } from '../../i18n/translate';
import { diagramGeometry } from './diagramGeometry';
import type { LabelSource } from './labelKeys';
import { placementScene } from './placementScene';
import type { PlacedLabel } from './labelPlacement';
import { createLabelModel } from './labelModel';
import type { Box } from './layout';
import { rectsOverlap } from './spatialIndex';

/** The panels the page gives the diagram on each kind of screen (see docs/DESIGN.md). */
const PANELS: readonly { name: string; box: Box; presenter: boolean }[] = [
  { name: 'phone portrait', box: { width: 368, height: 504 }, presenter: false },
  { name: 'phone landscape', box: { width: 824, height: 232 }, presenter: false },
  { name: 'tablet', box: { width: 752, height: 608 }, presenter: false },
  { name: 'laptop', box: { width: 880, height: 360 }, presenter: false },
  { name: 'desktop', box: { width: 936, height: 560 }, presenter: false },
  { name: 'presenter 1920×1080', box: { width: 1880, height: 776 }, presenter: true },
  { name: 'presenter 1024×768', box: { width: 992, height: 456 }, presenter: true },
  { name: 'embed 860×520', box: { width: 840, height: 296 }, presenter: false },
  { name: 'embed 640×400', box: { width: 616, height: 232 }, presenter: false },
];

function network(layers: number[]): NetworkScenario {
  const parsed = parseScenario({
    version: 1,
    kind: 'network',
    layers,
    activation: 'sigmoid',
    loss: 'half-sse',
    samples: [{ x: Array(layers[0]).fill(0.5), y: Array(layers.at(-1)).fill(1) }],
    learningRate: 0.5,
    seed: 3,
  });
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('bad test network');
  return parsed.scenario;
}

/** Every overlap of a moment's labels with each other and with nodes and titles. */
function overlaps(source: LabelSource, trace: Trace, cursors: readonly number[]): string[] {
  const model = createLabelModel(source);
  const { obstacles } = placementScene(source);
  const found: string[] = [];
  const against = (label: PlacedLabel, others: readonly PlacedLabel[], at: string) => {
    for (const other of others)
      if (other.id !== label.id && rectsOverlap(label.box, other.box))
        found.push(`${at}: ${label.id} × ${other.id}`);
    for (const o of obstacles)
      if (rectsOverlap(label.box, o)) found.push(`${at}: ${label.id} over a node or title`);
  };
  // The standing labels, once; then what each moment adds, against everything shown then.
  const standing = [...model.base.placed.values()];
  for (const label of standing) against(label, standing, 'standing');
  for (const cursor of cursors) {
    const step = cursor > 0 ? trace.steps[cursor - 1] : undefined;
    const added = [...model.moment(step, null).added.values()];
    if (added.length === 0) continue;
    const shown = model.visible(step, null);
    for (const label of added) against(label, shown, `step ${cursor}`);
  }
  return found;
}

function check(scenario: NetworkScenario, every = 1) {
  const trace = buildNetworkTrace(scenario);
  const total = trace.steps.length;
  const cursors = Array.from({ length: total + 1 }, (_, c) => c).filter(
    (c) => c % every === 0 || c === total,
  );
  for (const lang of ['en', 'zh'] as Language[]) {
    for (const panel of PANELS) {
      const { layout, titles } = diagramGeometry(scenario.layers, panel, (key, params) =>
        translate(lang, key, params),
      );
      const source = {
        layers: scenario.layers,
        layout,
        titles,
        value: (key: string) => trace.values.get(key),
      };
      expect(overlaps(source, trace, cursors), `${panel.name}, ${lang}`).toEqual([]);
    }
  }
}

describe('the network diagram’s labels never overlap each other, a node or a title', () => {
  it('on the lecture network, at every step, on every panel, in both languages', () => {
    check(LECTURE_SCENARIO);
  }, 30_000);

  it.each([
    [[1, 1]],
    [[3, 3]],
    [[2, 5, 2]],
    [[4, 8, 8, 3]],
    [[2, 16, 2]],
    [[16, 16]],
    [[6, 1, 6, 1, 6]],
  ])(
    'on %j, at every step',
    (layers) => {
      check(network(layers));
    },
    60_000,
  );

  it('on the editor’s largest network, 8 hidden layers of 16, at steps across the pass', () => {
    check(network([16, 16, 16, 16, 16, 16, 16, 16, 16, 16]), 97);
  }, 120_000);
});

describe('a weight’s standing labels sit by their own wire', () => {
  /** Distance from `p` to the straight wire from neuron k of `layer` to neuron j of `layer + 1`. */
  const wireDistance = (source: LabelSource, p: { x: number; y: number }, at: number[]) => {
    const [layer = 0, k = 0, j = 0] = at;
    const from = source.layout.neurons[layer]?.[k] ?? { x: 0, y: 0 };
    const to = source.layout.neurons[layer + 1]?.[j] ?? { x: 0, y: 0 };
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const t = Math.max(
      0,
      Math.min(1, ((p.x - from.x) * dx + (p.y - from.y) * dy) / (dx * dx + dy * dy)),
    );
    return Math.hypot(p.x - (from.x + t * dx), p.y - (from.y + t * dy));
  };

  it.each([[LECTURE_SCENARIO.layers], [[3, 3]], [[2, 5, 2]], [[4, 6, 3]]])(
    'on %j, on every panel: no w or ∂C/∂w label is nearer another wire of its gap',
    (layers) => {
      const scenario = layers === LECTURE_SCENARIO.layers ? LECTURE_SCENARIO : network([...layers]);
      const trace = buildNetworkTrace(scenario);
      const wrong: string[] = [];
      for (const panel of PANELS) {
        const { layout, titles } = diagramGeometry(scenario.layers, panel, (key, params) =>
          translate('en', key, params),
        );
        const source = {
          layers: scenario.layers,
          layout,
          titles,
          value: (key: string) => trace.values.get(key),
        };
        for (const label of createLabelModel(source).base.placed.values()) {
          const match = /^edge-(\d+)-(\d+)-(\d+)\|(w|grad)$/.exec(label.id);
          if (match === null) continue;
          const [layer, k, j] = match.slice(1, 4).map(Number) as [number, number, number];
          const own = wireDistance(source, label.center, [layer, k, j]);
          for (let jj = 0; jj < (scenario.layers[layer + 1] ?? 0); jj++)
            for (let kk = 0; kk < (scenario.layers[layer] ?? 0); kk++) {
              if (kk === k && jj === j) continue;
              const other = wireDistance(source, label.center, [layer, kk, jj]);
              if (other + 0.5 < own)
                wrong.push(`${panel.name}: ${label.id} nearer edge-${layer}-${kk}-${jj}`);
            }
        }
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});
