import { describe, expect, it } from 'vitest';
import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  GRAPH_PRESETS,
  graphPresetScenario,
  maskedKeys,
  maskStep,
  MAZUR_SCENARIO,
  PRACTICE_KINDS,
  practicePlan,
  texNumber,
  valueAt,
  type PracticeKind,
  type PracticePlan,
  type Trace,
} from '../../engine';
import type { AppStore } from '../createAppStore';
import type { Selectors } from '../selectors';
import type { SourceState } from '../types';
import { practisingStore, typedAnswer } from './testing';

/**
 * Fields that hold positions and counts, not values: step indices (`revealedAt`, `phases`,
 * a prompt's `step`), element numbers (a step's `params`: layer 2, neuron 6), a prompt's
 * place in the list, and the link's positions (cursor, example, iteration, speed…). A
 * small whole number there is no answer.
 */
const POSITIONS = new Set([
  ...['revealedAt', 'phases', 'params', 'step', 'number', 'count', 'hints'],
  ...['cursor', 'sample', 'iteration', 'speed', 'chapter', 'trainingRate'],
]);
/** Selectors that give counts only (how many asked, right, …) and limits of the cursor. */
const COUNTS = new Set(['practiceStatus', 'practiceScore', 'cursorLimit', 'iterationLimit']);

/** Every number and string inside a value: objects, arrays, Maps and Sets, all the way down. */
function contents(value: unknown, numbers: number[], texts: string[], seen = new Set<object>()) {
  if (typeof value === 'number') numbers.push(value);
  else if (typeof value === 'string') texts.push(value);
  else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    const parts =
      value instanceof Map
        ? [...value.entries()]
        : value instanceof Set
          ? [...value]
          : Object.entries(value).flatMap(([key, part]) => (POSITIONS.has(key) ? [] : [part]));
    for (const part of parts) contents(part, numbers, texts, seen);
  }
}

/** Everything every selector gives for `state`. */
function everythingSelected(select: Selectors, state: SourceState) {
  const numbers: number[] = [];
  const texts: string[] = [];
  for (const [name, selector] of Object.entries(select)) {
    if (typeof selector !== 'function' || COUNTS.has(name)) continue;
    const result: unknown = (selector as (s: SourceState) => unknown)(state);
    contents(result, numbers, texts);
  }
  return { numbers, texts };
}

/**
 * Numbers the page may show at `cursor` anyway: every quantity already computed and not
 * asked, the steps' unkeyed operands that practice does not mask (a gate's local
 * gradients), and the scenario's own numbers. An asked value equal to one of these (an add
 * gate passes its upstream gradient on unchanged; with an upstream gradient of 1 the
 * answer is the local gradient) is no secret.
 */
function shownAnyway(
  trace: Trace,
  plan: PracticePlan,
  settled: ReadonlySet<string>,
  cursor: number,
  state: SourceState,
) {
  const asked = maskedKeys(plan, settled, cursor);
  const shown = new Set<number>();
  for (const key of trace.values.keys()) {
    const v = asked.has(key) ? undefined : valueAt(trace, key, cursor);
    if (v !== undefined) shown.add(v);
  }
  trace.steps.slice(0, cursor).forEach((step, i) => {
    const mask = maskStep(plan, step, i, asked);
    step.operands.forEach((o, j) => {
      if (o.key === undefined && mask.operands[j] !== true) shown.add(o.value);
    });
  });
  const texts: string[] = [];
  const numbers: number[] = [];
  contents([state.network, state.graph], numbers, texts);
  for (const n of numbers) shown.add(n);
  return shown;
}

/** Walks a whole practice pass; at every question, no selector reaches any unsettled value. */
function walk(app: AppStore, trace: Trace, plan: PracticePlan): number {
  const { questions } = plan;
  const { store, select } = app;
  let checked = 0;
  const settled = new Set<string>();
  for (const q of questions) {
    while (select.practicePrompt(store.getState())?.id !== q.id) store.getState().stepBy(1);
    const state = store.getState();
    const unsettled = questions.filter((x) => !settled.has(x.id));
    const allowed = shownAnyway(trace, plan, settled, state.cursor, state);
    const { numbers, texts } = everythingSelected(select, state);
    for (const x of unsettled) {
      if (allowed.has(x.value)) continue;
      expect([x.id, numbers.includes(x.value)]).toEqual([x.id, false]);
      const shown = texNumber(x.value);
      const alone = new RegExp(`(?<![\\d.-])${shown.replace(/[.\\^{}()]/g, '\\$&')}(?!\\d)`);
      if (shown.length >= 4 && ![...allowed].some((v) => texNumber(v) === shown))
        expect([x.id, texts.filter((t) => alone.test(t))]).toEqual([x.id, []]);
      checked += 1;
    }
    // And the hook the box stands for is absent from the visible trace.
    expect(select.trace(state).values.has(q.id)).toBe(false);
    store.getState().checkPracticeAnswer(typedAnswer(q));
    settled.add(q.id);
  }
  return checked;
}

describe('masking: no unsettled value is reachable through any selector', () => {
  it.each([
    ['the lecture network, every kind', undefined, PRACTICE_KINDS],
    ['Mazur’s network, δ and ∂C/∂w only', MAZUR_SCENARIO, ['delta', 'grad'] as PracticeKind[]],
  ] as const)('%s', (_, network, kinds) => {
    const app = practisingStore(kinds, network === undefined ? {} : { network });
    const state = app.store.getState();
    const trace = buildNetworkTrace(state.network, state.sample);
    const plan = practicePlan(trace, kinds);
    expect(walk(app, trace, plan)).toBeGreaterThan(plan.questions.length);
    expect(app.select.practiceStatus(app.store.getState()).finished).toBe(true);
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('the graph preset %s', (id) => {
    const graph = graphPresetScenario(id);
    const app = practisingStore(['value', 'grad'], { scene: 'graph', graph });
    const trace = buildGraphTrace(analyzeGraph(graph));
    walk(app, trace, practicePlan(trace, ['value', 'grad']));
    expect(app.select.practiceStatus(app.store.getState()).finished).toBe(true);
  });

  it('takes the asked value out of the current step, its formula and the analysis', () => {
    const graph = graphPresetScenario('cs231n-add-mul');
    const { store, select } = practisingStore(['grad'], { scene: 'graph', graph });
    const state = store.getState();
    const prompt = select.practicePrompt(state);
    expect(prompt?.target).toBe('gate-g1:grad');
    const step = select.currentStep(state);
    expect(step?.reveals).not.toContain('grad:g1');
    expect(Number.isNaN(step?.result)).toBe(true);
    const g1 = select.graphAnalysis(state).byId.get('g1');
    expect(Number.isNaN(g1?.grad)).toBe(true);
    // x and y receive g1's gradient: hidden too until it is answered.
    expect(Number.isNaN(select.graphAnalysis(state).gradients.x)).toBe(true);
    expect(select.numericNotes(state)).toEqual([]);
  });
});
