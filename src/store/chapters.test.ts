import { describe, expect, it } from 'vitest';
import { graphPresetScenario, LECTURE_SCENARIO } from '../engine';
import { initialState } from './bootstrap';
import { CHAPTER_NUMBERS, CHAPTER_SPECS } from './chapters';

const open = (query: string) => initialState(query, ['en']);

describe('a link naming a chapter', () => {
  it.each(CHAPTER_NUMBERS.map((n) => [n] as const))(
    'chapter=%i opens the chapter as the menu does: its scene, example and step',
    (n) => {
      const spec = CHAPTER_SPECS[n];
      const state = open(`?chapter=${n}`);
      expect(state.chapter).toBe(n);
      expect(state.scene).toBe(spec.scene);
      expect(state.cursor).toBe(spec.step);
      expect(state.iteration).toBe(spec.iteration ?? 0);
      if (spec.graph !== undefined) expect(state.graph).toEqual(graphPresetScenario(spec.graph));
      if (spec.network !== undefined) expect(state.network).toEqual(spec.network);
      expect(state.error).toBeNull();
    },
  );

  it('opens chapter 7 on the apples in the graph scene, whatever the scene asked', () => {
    const state = open('?scene=graph&chapter=7');
    expect(state.scene).toBe('graph');
    expect(state.graph.expression).toBe('apple * apple_num * tax');
    expect(state.cursor).toBe(0);
  });

  it('keeps what the link says itself: its step, its scene, its iteration, its scenario', () => {
    expect(open('?chapter=4&step=20').cursor).toBe(20);
    expect(open('?chapter=4&step=0').cursor).toBe(0);
    expect(open('?chapter=7&scene=training').scene).toBe('training');
    expect(open('?chapter=1&iteration=30').iteration).toBe(30);
    const graph = { version: 1, kind: 'graph', expression: 'x * y', inputs: { x: 2, y: 3 } };
    const own = open(`?chapter=7&scenario=${encodeURIComponent(JSON.stringify(graph))}`);
    expect(own.graph.expression).toBe('x * y');
    expect(own.scene).toBe('graph');
  });

  it('opens the network chapters on the lecture network at their step', () => {
    const state = open('?chapter=5&lang=zh');
    expect(state.network).toEqual(LECTURE_SCENARIO);
    expect(state.cursor).toBe(26);
    expect(state.lang).toBe('zh');
  });
});
