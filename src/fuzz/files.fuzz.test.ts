import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_PRESETS,
  LECTURE_SCENARIO,
  LIMITS,
  TRAINING_PRESET_IDS,
  graphPresetScenario,
  parseScenarioText,
  trainingPreset,
} from '../engine';
import { fuzzRuns, mutated } from './mutations';
import { expectTrueMessages } from './trueMessages';

/** Scenario files as the app saves them: the lecture, the training presets, the graphs. */
const FILES = [
  LECTURE_SCENARIO,
  ...TRAINING_PRESET_IDS.map(trainingPreset),
  ...GRAPH_PRESETS.map((p) => graphPresetScenario(p.id)),
].map((scenario) => JSON.stringify(scenario, null, 2));

/** A file's JSON with one value, somewhere inside it, replaced by any JSON value. */
const reshaped = fc
  .tuple(fc.constantFrom(...FILES), fc.nat(), fc.jsonValue({ maxDepth: 3 }))
  .map(([text, pick, value]) => {
    const root: unknown = JSON.parse(text);
    const slots: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node))
        node.forEach((child, i) => (slots.push({ holder: node, key: i }), walk(child)));
      else if (node !== null && typeof node === 'object')
        for (const [key, child] of Object.entries(node)) {
          slots.push({ holder: node as Record<string, unknown>, key });
          walk(child);
        }
    };
    walk(root);
    const slot = slots[pick % slots.length];
    if (slot !== undefined) (slot.holder as Record<string | number, unknown>)[slot.key] = value;
    return JSON.stringify(root);
  });

function expectFileContract(text: string, seen: { accepted: number; refused: number }) {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    seen.refused++;
    expectTrueMessages(parsed.errors, text.slice(0, 300));
    return;
  }
  seen.accepted++;
  if (parsed.scenario.kind !== 'network') return;
  const { layers, samples } = parsed.scenario;
  expect(layers.length).toBeLessThanOrEqual(LIMITS.maxLayers);
  expect(Math.max(...layers)).toBeLessThanOrEqual(LIMITS.maxNeurons);
  expect(samples.length).toBeLessThanOrEqual(LIMITS.maxSamples);
}

describe('scenario files, edited at random (fixed seeds)', () => {
  it('text edits: accepted within the limits, or refused with true messages; nothing throws', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(mutated(FILES), (text) => expectFileContract(text, seen)),
      fuzzRuns(5),
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it('a value anywhere replaced by any JSON: the same contract', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(reshaped, (text) => expectFileContract(text, seen)),
      fuzzRuns(17),
    );
    expect(seen.refused).toBeGreaterThan(100);
  });
});
